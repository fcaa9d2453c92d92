// The 交办清单 round trip: a list of 5 tasks issued to 3 working groups, one workbook per group
// written into a folder, filled in by a script as the groups' clerks would (签收 and 反馈), read back
// through the same import as returned templates; the ledger shows the feedback, the list the
// 签收 times; the same files again are duplicates; a file with an unreadable cell changes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { dispatchAsync, type FileAdapter } from '../../../electron/core/dispatch';
import type { AssignmentListDto, IssuedDto } from '../../../electron/shared/assignments';
import type { ImportReportDto } from '../../../electron/shared/imports';
import type { LedgerResult } from '../../../electron/shared/ledger';
import { useSeededCore, wholeDatabase } from '../../helpers/core';
import { fillAssignment } from '../../helpers/fill-assignment';
import { tempDir } from '../../helpers/temp-db';

const { core, value } = useSeededCore('assignment-roundtrip');
const out = tempDir('yigai-assign-');
const group = (name: string) => core().db.prepare("SELECT id FROM working_groups WHERE plan_id = 'banan-2017' AND name = ?").pluck().get(name) as number;
const adapter = (files: string[] = []): FileAdapter => ({ saveFile: async () => null, chooseFolder: async () => out.dir, chooseFiles: async () => files, progress: () => {} });
const run = async <T>(channel: string, input: unknown, files?: string[]): Promise<T> => {
  const r = await dispatchAsync(core().handlers, channel, input, adapter(files));
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
};

const G = { 综合: '综合协调组', 财政: '财政保障组', 宣传: '宣传舆情导控组' } as const;
const item = (title: string, dueOn: string, leadName: string, coop: string[] = []) => ({
  title, dueOn, recipients: [{ kind: 'group', id: group(leadName), role: 'lead' }, ...coop.map((c) => ({ kind: 'group', id: group(c), role: 'cooperating' }))],
});

describe('a 交办清单 round trip through Excel', () => {
  let listId: number;
  let list: AssignmentListDto;

  it('issues 5 tasks to 3 groups and writes one workbook per group and an overview', async () => {
    const issued = value<IssuedDto>('assignments:issue', {
      list: {
        planId: 'banan-2017', title: '市医改办督查反馈问题整改', assignedOn: '2017-09-05', sourceKind: 'document', sourceText: '渝医改办〔2017〕45号',
        items: [
          item('制定整改工作方案', '2017-09-08', G.综合, [G.财政]),
          item('测算医院收支变化', '2017-09-12', G.财政),
          item('落实财政补助资金', '2017-09-15', G.财政, [G.综合]),
          item('发布改革政策解读', '2017-09-10', G.宣传),
          item('收集社会舆情', '2017-09-20', G.宣传, [G.综合]),
        ],
      },
    });
    listId = issued.listId;
    const written = await run<{ files: string[] }>('assignments:export', { listId });
    expect(written.files.sort()).toEqual([
      '交办清单_宣传舆情导控组_2017-09-05.xlsx', '交办清单_综合协调组_2017-09-05.xlsx', '交办清单_财政保障组_2017-09-05.xlsx', '交办清单〔2017〕1号_总览_2017-09-05.xlsx',
    ].sort());
    // Each group's book lists only its own items, its role in each, and protects everything but the yellow cells.
    const book = XLSX.read(readFileSync(join(out.dir, '交办清单_综合协调组_2017-09-05.xlsx')));
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets['交办清单']!, { header: 1, defval: '' });
    const items = rows.filter((r) => /^\d+$/.test(String(r[0])));
    expect(items.map((r) => [r[0], String(r[1]).split('\n')[0], r[2]])).toEqual([
      [1, '制定整改工作方案', '牵头'], [3, '落实财政补助资金', '配合（牵头：财政保障组）'], [5, '收集社会舆情', '配合（牵头：宣传舆情导控组）'],
    ]);
    expect(rows.some((r) => r[0] === '签收人' && r[3] === '签收时间')).toBe(true);
    expect(book.Workbook?.Sheets?.find((s) => s.name === '_清单信息')?.Hidden).toBe(2);
  });

  it('reads the filled books back: 签收 times on the list, feedback as progress in the ledger', async () => {
    const path = (g: string) => join(out.dir, `交办清单_${g}_2017-09-05.xlsx`);
    const fill = async (g: string, filled: Parameters<typeof fillAssignment>[1]) => writeFileSync(path(g), await fillAssignment(readFileSync(path(g)), filled));
    await fill(G.综合, { signedBy: '李明', signedAt: '2017-09-05 16:30', items: { 1: { feedback: '整改方案已印发', status: '已办结', reportedOn: '2017-09-07' }, 3: { feedback: '已配合财政组核对资金', status: '推进中', reportedOn: new Date(Date.UTC(2017, 8, 7)) } } });
    await fill(G.财政, { signedBy: '王芳', signedAt: new Date(Date.UTC(2017, 8, 6, 9, 15)), items: { 2: { feedback: '已完成收支测算初稿', reportedOn: '2017年9月8日' } } });
    await fill(G.宣传, { signedBy: '刘洋', signedAt: '2017/9/6 8:40', items: {} });
    const report = await run<ImportReportDto>('imports:templates', { pick: 'files' }, [path(G.综合), path(G.财政), path(G.宣传)]);
    expect(report.results.map((r) => [r.unit, r.status, r.errors])).toEqual([[G.综合, 'imported', []], [G.财政, 'imported', []], [G.宣传, 'imported', []]]);
    expect(report.results[0]!.notes).toEqual(['签收：李明 2017-09-05 16:30', '第 1 项：2017-09-07 反馈（已办结）', '第 3 项：2017-09-07 反馈（推进中）']);

    list = value<AssignmentListDto>('assignments:get', { listId });
    expect(list.recipients.map((r) => [r.name, r.signedBy, r.signedAt, r.signSource])).toEqual([
      [G.综合, '李明', '2017-09-05T16:30:00', 'import'], [G.财政, '王芳', '2017-09-06T09:15:00', 'import'], [G.宣传, '刘洋', '2017-09-06T08:40:00', 'import'],
    ]);
    expect(list.items[0]).toMatchObject({ leadReportedDone: true, feedback: [{ body: '整改方案已印发', status: 'done', source: 'import', sourceFile: '交办清单_综合协调组_2017-09-05.xlsx' }] });
    const rows = value<LedgerResult>('ledger:list', { planId: 'banan-2017', asOf: '2017-09-08' }).rows;
    const row = (id: number) => rows.find((r) => r.id === id)!;
    expect(row(list.items[1]!.taskId!)).toMatchObject({ status: 'in_progress', latestProgress: { enteredOn: '2017-09-08', body: '【财政保障组反馈】已完成收支测算初稿' } });
    expect(row(list.items[2]!.taskId!).latestProgress?.body).toBe('【综合协调组反馈】已配合财政组核对资金');
    expect(row(list.items[3]!.taskId!)).toMatchObject({ status: 'not_started', light: 'yellow' });
  });

  it('reports the same files again as duplicates and writes nothing', async () => {
    const before = wholeDatabase(core());
    const files = readdirSync(out.dir).filter((f) => f.startsWith('交办清单_')).map((f) => join(out.dir, f));
    const report = await run<ImportReportDto>('imports:templates', { pick: 'files' }, files);
    expect(report.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(wholeDatabase(core())).toEqual(before);
  });

  it('refuses a file with an unreadable status or date by cell, and writes none of it', async () => {
    const path = join(out.dir, '交办清单_宣传舆情导控组_2017-09-05.xlsx');
    writeFileSync(path, await fillAssignment(readFileSync(path), { items: { 4: { feedback: '解读稿已发布', status: '差不多了', reportedOn: '9月31日' } } }));
    const before = wholeDatabase(core());
    const [result] = (await run<ImportReportDto>('imports:templates', { pick: 'files' }, [path])).results;
    expect(result!.status).toBe('rejected');
    expect(result!.errors).toEqual([
      { cell: 'F5', message: '第 4 项的办理状态“差不多了”无法识别，请填“推进中”或“已办结”' },
      { cell: 'G5', message: expect.stringMatching(/^第 4 项的反馈日期无法识别/) },
    ]);
    expect(wholeDatabase(core())).toEqual(before);
  });

  it('says so when a returned list lost its identity sheet (re-saved elsewhere), and writes nothing', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['区医改办交办清单'], ['序号', '交办事项']]), '交办清单');
    const path = join(out.dir, '另存过的清单.xlsx');
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const before = wholeDatabase(core());
    const [result] = (await run<ImportReportDto>('imports:templates', { pick: 'files' }, [path])).results;
    expect(result).toMatchObject({ status: 'rejected', errors: [{ cell: null, message: expect.stringMatching(/^这是交办清单，但清单信息页已丢失/) }] });
    expect(wholeDatabase(core())).toEqual(before);
  });

  it('closes out', () => out.remove());
});
