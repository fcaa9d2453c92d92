// Units across plans: the list with aliases and pinyin initials, renaming (the old name stays an
// alias, the ledger follows the new name where a plan wrote the old one) and merging two rows that
// are one organisation. Refusals are in Chinese and change nothing.
import { describe, expect, it } from 'vitest';
import type { PlanDetail, UnitDto } from '../../../electron/shared/dto';
import { useSeededCore } from '../../helpers/core';

const { core, value: ok, refused } = useSeededCore('units');

const unitId = (scope: string, name: string) =>
  core().db.prepare('SELECT id FROM units WHERE scope = ? AND name = ?').pluck().get(scope, name) as number;
const listed = (scope: string, name: string) => {
  const u = ok<UnitDto[]>('units:list', {}).find((x) => x.scope === scope && x.name === name);
  if (!u) throw new Error(`没有单位：${scope} ${name}`);
  return u;
};
const tasksOf = (id: number) =>
  core().db.prepare('SELECT DISTINCT task_id FROM task_units WHERE unit_id = ? ORDER BY task_id').pluck().all(id) as number[];
const writtenNames = (id: number) =>
  core().db.prepare('SELECT task_id, role, written_name FROM task_units WHERE unit_id = ? ORDER BY task_id, role').all(id) as {
    task_id: number; role: string; written_name: string;
  }[];

describe('units:list', () => {
  it('lists every unit by scope then name, with aliases, pinyin initials and task counts', () => {
    const units = ok<UnitDto[]>('units:list', {});
    expect(units).toHaveLength(core().db.prepare('SELECT COUNT(*) FROM units').pluck().get() as number);
    const keys = units.map((u) => [u.scope, u.name] as const);
    const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    expect(keys).toEqual(sorted);

    const finance = listed('巴南区', '区财政局');
    expect(finance.aliases).toContain('区财政');
    expect(finance.initials).toEqual(expect.arrayContaining(['qczj', 'qcz']));
    expect(finance.taskCount).toBe(tasksOf(finance.id).length);

    const bank = listed('重庆市', '重庆银保监局');
    expect(bank.initials).toEqual(expect.arrayContaining(['cqybjj', 'cqbjj'])); // 重 reads chóng in 重庆
    const health = listed('重庆市', '市卫生健康委');
    expect(health.initials).toEqual(expect.arrayContaining(['swsjkw', 'swsjsw']));
    expect(health.taskCount).toBe(tasksOf(health.id).length);
    expect(health.taskCount).toBeGreaterThan(20);
  });
});

describe('units:rename', () => {
  it('takes the new name, keeps the old as an alias and changes only the wording that was the old name', () => {
    const id = unitId('重庆市', '市卫生健康委');
    const before = writtenNames(id);
    expect(before.some((r) => r.written_name === '市卫生计生委')).toBe(true); // the 2018 plan's wording
    expect(before.some((r) => r.written_name === '市卫生健康委')).toBe(true);

    const unit = ok<UnitDto>('units:rename', { unitId: id, name: ' 市卫生健康委员会 ' });
    expect(unit).toMatchObject({ id, name: '市卫生健康委员会' });
    expect(unit.aliases).toEqual(expect.arrayContaining(['市卫生健康委', '市卫生计生委']));
    expect(unit.initials).toEqual(expect.arrayContaining(['swsjkwyh', 'swsjkw']));

    const after = writtenNames(id);
    expect(after.map((r) => r.written_name)).toEqual(
      before.map((r) => (r.written_name === '市卫生健康委' ? '市卫生健康委员会' : r.written_name)),
    );
    // The plans show the new name where they wrote the old current name, and their own wording elsewhere.
    const tasks2020 = ok<PlanDetail>('plans:get', { planId: 'chongqing-2020h2' }).tasks.flatMap((t) => t.units).filter((u) => u.unitId === id);
    expect(tasks2020.length).toBeGreaterThan(0);
    for (const u of tasks2020) expect(u.name).toBe('市卫生健康委员会');
    const tasks2018 = ok<PlanDetail>('plans:get', { planId: 'chongqing-2018h2' }).tasks.flatMap((t) => t.units).filter((u) => u.unitId === id);
    expect(tasks2018.map((u) => u.writtenName)).toContain('市卫生计生委');

    const audit = core().db.prepare("SELECT actor, before_json, after_json FROM audit_log WHERE entity = 'unit' ORDER BY id DESC LIMIT 1").get() as {
      before_json: string; after_json: string;
    };
    expect(JSON.parse(audit.before_json)).toMatchObject({ id, name: '市卫生健康委' });
    expect(JSON.parse(audit.after_json)).toMatchObject({ id, name: '市卫生健康委员会' });
  });

  it('may take one of its own aliases as its name', () => {
    const id = unitId('巴南区', '区民政局');
    const before = writtenNames(id);
    expect(before.map((r) => r.written_name)).toContain('民政部门');
    const unit = ok<UnitDto>('units:rename', { unitId: id, name: '民政部门' });
    expect(unit.name).toBe('民政部门');
    expect(unit.aliases).toContain('区民政局');
    expect(unit.aliases).not.toContain('民政部门');
    expect(writtenNames(id)).toEqual(before);
  });

  it('refuses a name another unit of the scope has, the same name, an unknown unit and bad input', () => {
    const id = unitId('巴南区', '区财政局');
    refused('units:rename', { unitId: id, name: '区卫生计生委' }, 'conflict', /巴南区已有名为“区卫生计生委”的单位.*合并/);
    refused('units:rename', { unitId: id, name: '医改办' }, 'conflict', /“医改办”已是巴南区“区医改办”的别名/);
    refused('units:rename', { unitId: id, name: '区财政局' }, 'unchanged', /没有改动/);
    refused('units:rename', { unitId: 999999, name: '某单位' }, 'not_found', /找不到/);
    refused('units:rename', { unitId: id, name: '  ' }, 'invalid_input', /单位名称不能为空/);
    refused('units:rename', { unitId: id, name: '局'.repeat(61) }, 'invalid_input', /不超过 60 个字/);
  });

  it('allows a name that only another scope uses', () => {
    const id = unitId('渝北区', '区卫生健康委');
    expect(ok<UnitDto>('units:rename', { unitId: id, name: '区卫生和计划生育局' }).name).toBe('区卫生和计划生育局');
    ok('units:rename', { unitId: id, name: '区卫生健康委' });
  });
});

/** Every (table, column) that names a unit. */
const references = () =>
  core().db.prepare(
    `SELECT m.name AS tbl, f."from" AS col FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
     WHERE m.type = 'table' AND f."table" = 'units' ORDER BY 1, 2`,
  ).all() as { tbl: string; col: string }[];

function expectNoTrace(id: number): void {
  for (const { tbl, col } of references()) {
    expect(core().db.prepare(`SELECT COUNT(*) FROM ${tbl} WHERE ${col} = ?`).pluck().get(id), `${tbl}.${col}`).toBe(0);
  }
  expect(core().db.prepare('SELECT COUNT(*) FROM units WHERE id = ?').pluck().get(id)).toBe(0);
  expect(core().db.pragma('foreign_key_check')).toEqual([]);
}

describe('units:merge', () => {
  it('knows every table that names a unit', () => {
    expect(references().map((r) => `${r.tbl}.${r.col}`)).toEqual([
      'assignment_recipients.unit_id', 'contacts.unit_id', 'followup_notices.unit_id', 'group_roster.unit_id', 'group_units.unit_id', 'incident_reports.unit_id', 'indicator_units.unit_id', 'indicator_values.unit_id',
      'plan_units.unit_id', 'reporter_recipients.unit_id', 'reporting_regimes.recipient_unit_id', 'reporting_units.unit_id', 'summary_recipients.unit_id',
      'supervision_team_members.unit_id', 'supervision_teams.hospital_unit_id', 'task_units.unit_id', 'unit_aliases.unit_id',
    ]);
  });

  it('moves every task of the merged unit to the kept one, keeping the kept unit’s role where both were named', () => {
    const keepId = unitId('利州区', '区卫生和计划生育局');
    const mergeId = unitId('利州区', '区人力资源和社会保障局');
    const union = [...new Set([...tasksOf(keepId), ...tasksOf(mergeId)])].sort((a, b) => a - b);
    const keepRoles = core().db.prepare('SELECT task_id, role, position, written_name FROM task_units WHERE unit_id = ? ORDER BY task_id, role').all(keepId);
    const shared = tasksOf(keepId).filter((t) => tasksOf(mergeId).includes(t));
    expect(shared.length).toBeGreaterThan(10);

    const unit = ok<UnitDto>('units:merge', { keepId, mergeId });
    expect(unit).toMatchObject({ id: keepId, name: '区卫生和计划生育局', taskCount: union.length });
    expect(unit.aliases).toContain('区人力资源和社会保障局');
    expect(tasksOf(keepId)).toEqual(union);
    // Where both were named, the kept unit's row is the one that stays, unchanged.
    const after = core().db.prepare('SELECT task_id, role, position, written_name FROM task_units WHERE unit_id = ? ORDER BY task_id, role').all(keepId);
    expect(after.filter((r) => shared.includes((r as { task_id: number }).task_id))).toEqual(
      keepRoles.filter((r) => shared.includes((r as { task_id: number }).task_id)),
    );
    expectNoTrace(mergeId);

    const audit = core().db.prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'unit' ORDER BY id DESC LIMIT 2").all();
    expect(audit).toEqual([{ action: 'delete', entity_id: String(mergeId) }, { action: 'update', entity_id: String(keepId) }]);
  });

  it('moves groups, roster, supervision teams, reporters with their submissions, incidents and aliases', () => {
    const db = core().db;
    const keepId = unitId('巴南区', '巴南区人民医院');
    const mergeId = unitId('巴南区', '巴南区中医院');
    const mergeAliases = listed('巴南区', '巴南区中医院').aliases;
    expect(mergeAliases).toContain('区中医院');
    // Both hospitals report under the Banan regime; give each a submission of a form, in different periods.
    const regimeId = db.prepare('SELECT regime_id FROM reporting_units WHERE unit_id = ?').pluck().get(mergeId) as number;
    const formId = Number(db.prepare("INSERT INTO report_forms (regime_id, name, frequency) VALUES (?, '日报', 'daily')").run(regimeId).lastInsertRowid);
    const reporter = (u: number) => db.prepare('SELECT id FROM reporting_units WHERE regime_id = ? AND unit_id = ?').pluck().get(regimeId, u) as number;
    const submit = db.prepare(
      "INSERT INTO submissions (reporting_unit_id, form_id, period_kind, period_start, received_at) VALUES (?, ?, 'daily', ?, '2017-09-02T10:00:00Z')",
    );
    submit.run(reporter(keepId), formId, '2017-09-01');
    const moved = Number(submit.run(reporter(mergeId), formId, '2017-09-02').lastInsertRowid);
    db.prepare("INSERT INTO incident_reports (plan_id, unit_id, reported_at, title, created_at) VALUES ('banan-2017', ?, '2017-09-03', '停电', '2017-09-03')").run(mergeId);
    const teams = db.prepare('SELECT COUNT(*) FROM supervision_teams WHERE hospital_unit_id IN (?, ?)').pluck().get(keepId, mergeId);
    const reportersBefore = db.prepare('SELECT COUNT(*) FROM reporting_units WHERE regime_id = ?').pluck().get(regimeId) as number;

    // The same form for the same period from both: refused, nothing changed.
    const clash = Number(submit.run(reporter(mergeId), formId, '2017-09-01').lastInsertRowid);
    refused('units:merge', { keepId, mergeId }, 'conflict', /同一报送期/);
    db.prepare('DELETE FROM submissions WHERE id = ?').run(clash);

    ok<UnitDto>('units:merge', { keepId, mergeId });
    expectNoTrace(mergeId);
    expect(listed('巴南区', '巴南区人民医院').aliases).toEqual(expect.arrayContaining(['区人民医院', '区中医院', '巴南区中医院']));
    expect(db.prepare('SELECT COUNT(*) FROM supervision_teams WHERE hospital_unit_id = ?').pluck().get(keepId)).toBe(teams);
    expect(db.prepare('SELECT COUNT(*) FROM reporting_units WHERE regime_id = ?').pluck().get(regimeId)).toBe(reportersBefore - 1);
    expect(db.prepare('SELECT reporting_unit_id FROM submissions WHERE id = ?').pluck().get(moved)).toBe(reporter(keepId));
    expect(db.prepare("SELECT unit_id FROM incident_reports WHERE title = '停电'").pluck().get()).toBe(keepId);
  });

  it('keeps one link per group, the kept unit’s', () => {
    const db = core().db;
    const keepId = unitId('巴南区', '区卫生计生委');
    const mergeId = unitId('巴南区', '区财政局');
    const groupRole = (groupId: number) => db.prepare('SELECT role FROM group_units WHERE group_id = ? AND unit_id = ?').pluck().all(groupId, keepId);
    const financeGroup = db.prepare("SELECT id FROM working_groups WHERE plan_id = 'banan-2017' AND name = '财政保障组'").pluck().get() as number;
    expect(db.prepare('SELECT role FROM group_units WHERE group_id = ? AND unit_id = ?').pluck().get(financeGroup, mergeId)).toBe('lead');
    expect(groupRole(financeGroup)).toEqual(['member']);
    const groups = db.prepare('SELECT DISTINCT group_id FROM group_units WHERE unit_id IN (?, ?) ORDER BY 1').pluck().all(keepId, mergeId);

    ok('units:merge', { keepId, mergeId });
    expect(groupRole(financeGroup)).toEqual(['member']);
    expect(db.prepare('SELECT DISTINCT group_id FROM group_units WHERE unit_id = ? ORDER BY 1').pluck().all(keepId)).toEqual(groups);
    // The plan wrote 区财政 for the one task: its wording stays.
    expect(db.prepare('SELECT written_name FROM task_units WHERE unit_id = ?').pluck().all(keepId)).toContain('区财政');
    expect(listed('巴南区', '区卫生计生委').aliases).toEqual(expect.arrayContaining(['区财政', '区财政局']));
    expectNoTrace(mergeId);
  });

  it('refuses units of different scopes, one unit with itself, and unknown units', () => {
    const id = unitId('渝北区', '区卫生健康委');
    refused('units:merge', { keepId: unitId('利州区', '区财政局'), mergeId: id }, 'conflict', /不同地区的单位不能合并/);
    refused('units:merge', { keepId: id, mergeId: id }, 'invalid_input', /两个不同的单位/);
    refused('units:merge', { keepId: id, mergeId: 999999 }, 'not_found', /找不到/);
    refused('units:merge', { keepId: id }, 'invalid_input', /请选择单位/);
  });

  it('shows the kept name where a plan wrote the merged unit’s name, and keeps other wording', () => {
    const db = core().db;
    const keepId = unitId('渝北区', '区卫生健康委');
    const mergeId = unitId('渝北区', '区财政局');
    const own = db.prepare(
      'SELECT task_id FROM task_units WHERE unit_id = ? AND written_name = ? AND task_id NOT IN (SELECT task_id FROM task_units WHERE unit_id = ?)',
    ).pluck().all(mergeId, '区财政局', keepId) as number[];
    expect(own.length).toBeGreaterThan(0);
    const keptWording = writtenNames(keepId);

    ok('units:merge', { keepId, mergeId });
    const after = writtenNames(keepId);
    for (const t of own) expect(after.find((r) => r.task_id === t)?.written_name).toBe('区卫生健康委');
    expect(after.filter((r) => !own.includes(r.task_id))).toEqual(keptWording);
    expectNoTrace(mergeId);
  });
});
