// Saving a reviewed draft: the plan with its source text, the task tree with units by role (a
// confirmed registry unit by id, a new name made once in the scope), in one transaction; bad input
// refused in Chinese with nothing written.
import { describe, expect, it } from 'vitest';
import type { NoticeDraft } from '../../../electron/shared/notice';
import { useSeededCore } from '../../helpers/core';
import { seedSource } from '../../helpers/notice-score';

const { core, value, refused } = useSeededCore('notice-save');

describe('notices:save', () => {
  it('saves the draft read from a notice as a plan the ledger lists', () => {
    const text = seedSource('chongqing-2020h2');
    const draft = value<NoticeDraft>('notices:extract', { text });
    expect(draft.scope).toBe('重庆市');
    expect(draft.unknownUnits).toEqual([]);
    const ref = (u: NoticeDraft['tasks'][number]['units'][number]) => (u.unitId ? { unitId: u.unitId } : { name: u.name });
    type T = NoticeDraft['tasks'][number];
    const toSave = (t: T): unknown => ({
      code: t.code, title: t.title, deadlineText: t.deadlineText || null,
      lead: t.units.filter((u) => u.role === 'lead').map(ref),
      responsible: t.units.filter((u) => u.role === 'responsible').map(ref),
      cooperating: t.units.filter((u) => u.role === 'cooperating').map(ref),
      children: t.children.map(toSave),
    });
    const tasks = draft.tasks.map(toSave);
    (tasks[0] as { children: { cooperating: unknown[] }[] }).children[0]!.cooperating.push({ name: '市疾控中心' }, { name: '市疾控中心' });
    const saved = value<{ planId: string; tasks: number; newUnits: string[] }>('notices:save', {
      title: draft.title.value, docNumber: draft.docNumber.value, issuer: draft.issuer.value, issuedOn: draft.issuedOn.value,
      scope: draft.scope, sourceText: text, fileName: '通知.txt', tasks,
    });
    expect(saved.tasks).toBe(32);
    expect(saved.newUnits).toEqual(['市疾控中心']);
    const db = core().db;
    expect(db.prepare('SELECT origin, source_file, length(source_text) AS n FROM plans WHERE id = ?').get(saved.planId)).toEqual({ origin: 'extracted', source_file: '通知.txt', n: text.length });
    const roles = db.prepare(
      `SELECT u.name, tu.role FROM tasks t JOIN task_units tu ON tu.task_id = t.id JOIN units u ON u.id = tu.unit_id WHERE t.plan_id = ? AND t.code = '（四）' ORDER BY tu.position`,
    ).all(saved.planId);
    expect(roles).toEqual([{ name: '市卫生健康委', role: 'lead' }, { name: '市发展改革委', role: 'responsible' }, { name: '市财政局', role: 'responsible' }]);
    const rows = value<{ rows: { planId: string }[] }>('ledger:list', { planId: saved.planId, asOf: '2020-12-31' }).rows;
    expect(rows.length).toBe(32);
  });

  it('refuses a draft without tasks, a missing scope or an unknown unit id, and writes nothing', () => {
    const base = { title: '某方案', scope: '巴南区', sourceText: '…', tasks: [{ code: '一、', title: '任务' }] };
    refused('notices:save', { ...base, tasks: [] }, 'invalid_input', /草稿中没有要保存的任务/);
    refused('notices:save', { ...base, scope: '' }, 'invalid_input', /适用范围/);
    refused('notices:save', { ...base, tasks: [{ code: '一、', title: '任务', lead: [{ unitId: 999999 }] }] }, 'not_found', /单位（编号 999999）不存在/);
    refused('notices:extract', { text: '' }, 'invalid_input', /请粘贴通知的文字/);
  });
});
