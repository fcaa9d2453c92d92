// The ledger's rows for the Banan plan as of 2017-08-25, a week before the reform started on
// 9 月 1 日: the tree, the units and groups as the plan writes them, lights from the timeline's
// dates, and progress notes counted only up to the as-of date.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Channel } from '../../../electron/shared/contract';
import type { PlanSummary } from '../../../electron/shared/dto';
import { filterLedger, type LedgerResult, type LedgerRow, type ProgressDto } from '../../../electron/shared/ledger';
import { useSeededCore } from '../../helpers/core';

const { core, value, refused } = useSeededCore('ledger-query');
const call = <T>(channel: Channel, input: unknown): T => value<T>(channel, input);
const ledger = (asOf: string, planId: string | undefined = 'banan-2017') => call<LedgerResult>('ledger:list', { asOf, planId });
const rowOf = (rows: LedgerRow[], title: string) => {
  const row = rows.find((r) => r.title === title);
  if (!row) throw new Error(`没有任务：${title}`);
  return row;
};
const add = (input: object) => call<ProgressDto[]>('progress:add', input);

let rows: LedgerRow[];
beforeAll(() => {
  rows = ledger('2017-08-25').rows;
});

describe('ledger rows', () => {
  it('lists every plan’s tasks in tree order, plans in the order of the plan list', () => {
    const all = call<LedgerResult>('ledger:list', { asOf: '2023-01-01' });
    expect(all.asOf).toBe('2023-01-01');
    expect(all.settings).toEqual({ dueSoonDays: 7, staleDays: 7 });
    const plans = call<PlanSummary[]>('plans:list', {}).map((p) => p.id);
    expect([...new Set(all.rows.map((r) => r.planId))]).toEqual(plans);
    const tasks = core().db.prepare('SELECT COUNT(*) FROM tasks').pluck().get();
    expect(all.rows).toHaveLength(tasks as number);
    const plan = call<{ tasks: { id: number }[] }>('plans:get', { planId: 'banan-2017' });
    expect(rows.map((r) => r.id)).toEqual(plan.tasks.map((t) => t.id));
  });

  it('gives each row its depth, part and heading mark; a heading has no light', () => {
    const part = rowOf(rows, '改革内容');
    expect(part).toMatchObject({ depth: 0, partId: null, isHeading: true, light: null, code: '三、', planTitle: '巴南区全面推开公立医院综合改革实施方案' });
    const section = rowOf(rows, '同步调整医保报销政策');
    expect(section).toMatchObject({ depth: 1, partId: part.id, parentId: part.id, isHeading: true, light: null });
    expect(rowOf(rows, '定额报销诊察费')).toMatchObject({ depth: 2, partId: part.id, parentId: section.id, isHeading: false });
    expect(rowOf(rows, '分管副区长赴改革医院督导')).toMatchObject({ depth: 0, partId: null, kind: 'timeline', isHeading: false });
    for (const r of rows) expect(r.light === null, r.title).toBe(r.isHeading);
  });

  it('names units as the plan writes them: lead, then cooperating and responsible; groups from the plan’s groups', () => {
    expect(rowOf(rows, '建立符合医疗卫生行业特点的人事薪酬制度')).toMatchObject({
      leadUnits: [{ name: '区人民医院' }], cooperatingUnits: [{ name: '区中医院' }],
    });
    const twoGroups = rowOf(rows, '召开区内各相关部门内部培训会；完成10个督导组的组建、培训');
    expect(twoGroups.groups.map((g) => g.name)).toEqual(['综合协调组', '培训组']);
    const unitId = core().db.prepare("SELECT id FROM units WHERE scope = '巴南区' AND name = '巴南区人民医院'").pluck().get();
    expect(rowOf(rows, '政策培训').leadUnits.map((u) => u.id)).toContain(unitId);
  });
});

describe('lights as of 2017-08-25', () => {
  const dated = () => rows.filter((r) => r.kind === 'timeline' && r.deadline.kind === 'date' && !r.isHeading);

  it('lights the timeline red up to 08-24, yellow from 08-25 to 09-01', () => {
    expect(dated()).toHaveLength(29);
    for (const r of dated()) {
      const expected = r.due! <= '2017-08-24' ? 'red' : 'yellow';
      expect(r.light, `${r.code} ${r.title} ${r.due}`).toBe(expected);
    }
    expect(rowOf(rows, '分管副区长赴改革医院督导')).toMatchObject({ due: '2017-08-24', daysLeft: -1, status: 'not_started' });
    expect(rowOf(rows, '各督导组进驻各改革医院，现场督查指导')).toMatchObject({ due: '2017-09-01', light: 'yellow' });
  });

  it('lights green what is due after the coming week', () => {
    const later = rows.filter((r) => !r.isHeading && r.due !== null && r.due > '2017-09-01');
    expect(later.length).toBeGreaterThan(0);
    for (const r of later) expect(r.light, `${r.title} ${r.due}`).toBe('green');
    expect(rowOf(rows, '深化医保支付方式改革')).toMatchObject({ due: '2017-12-31', light: 'green' });
  });

  it('filters the 医保工作组’s rows with yellow among them, and red once its dates pass', () => {
    const groupId = core().db.prepare("SELECT id FROM working_groups WHERE plan_id = 'banan-2017' AND name = '医保工作组'").pluck().get() as number;
    const mine = filterLedger(rows, { groupId });
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.every((r) => r.groups.some((g) => g.id === groupId))).toBe(true);
    expect(mine.map((r) => r.light)).toContain('yellow');
    expect(filterLedger(mine, { lights: ['yellow'] }).map((r) => r.code)).toEqual(expect.arrayContaining(['20', '25', '27', '28']));
    const week = filterLedger(ledger('2017-08-31').rows, { groupId });
    expect(week.map((r) => r.light)).toEqual(expect.arrayContaining(['red', 'yellow']));
    expect(filterLedger(week, { lights: ['red'] }).map((r) => r.code)).toEqual(['20', '25']);
  });
});

describe('progress as of the date', () => {
  it('does not count a note dated after the as-of date, for the status or the latest note', () => {
    const id = rowOf(rows, '区医改办赴改革医院指导检查').id; // due 08-23
    add({ taskIds: [id], enteredOn: '2017-08-21', body: '已赴 4 家医院', status: 'in_progress' });
    add({ taskIds: [id], enteredOn: '2017-08-28', body: '10 家医院全部检查完毕', status: 'done' });
    const before = rowOf(ledger('2017-08-25').rows, '区医改办赴改革医院指导检查');
    expect(before).toMatchObject({ status: 'in_progress', light: 'red', completedOn: null, latestProgress: { enteredOn: '2017-08-21', body: '已赴 4 家医院' } });
    const after = rowOf(ledger('2017-08-28').rows, '区医改办赴改革医院指导检查');
    expect(after).toMatchObject({ status: 'done', light: 'done', completedOn: '2017-08-28', latestProgress: { body: '10 家医院全部检查完毕', status: 'done' } });
    expect(rowOf(ledger('2017-08-20').rows, '区医改办赴改革医院指导检查')).toMatchObject({ status: 'not_started', latestProgress: null });
  });

  it('shows a done task as done, and a paused one with its reason', () => {
    const done = rowOf(rows, '召开全区全面推开公立医院综合改革工作动员部署会议').id; // due 08-17
    add({ taskIds: [done], enteredOn: '2017-08-17', body: '动员会已召开', status: 'done' });
    const paused = rowOf(rows, '区政府分管副区长研究布置医改工作').id;
    add({ taskIds: [paused], enteredOn: '2017-08-09', body: '分管副区长出差，改期', status: 'paused' });
    const now = ledger('2017-08-25').rows;
    expect(rowOf(now, '召开全区全面推开公立医院综合改革工作动员部署会议')).toMatchObject({ status: 'done', light: 'done', completedOn: '2017-08-17' });
    expect(rowOf(now, '区政府分管副区长研究布置医改工作')).toMatchObject({ status: 'paused', light: 'paused', pauseReason: '分管副区长出差，改期' });
  });

  it('lets a correction replace the note it names from its own date on', () => {
    const id = rowOf(rows, '召开全区公立医院综合改革新闻媒体通气会').id;
    const [wrong] = add({ taskIds: [id], enteredOn: '2017-08-22', body: '通气会已开', status: 'done' });
    add({ taskIds: [id], enteredOn: '2017-08-24', body: '更正：通气会定于 8 月 29 日', status: 'in_progress', supersedesId: wrong!.id });
    expect(rowOf(ledger('2017-08-23').rows, '召开全区公立医院综合改革新闻媒体通气会')).toMatchObject({
      status: 'done', latestProgress: { body: '通气会已开' },
    });
    expect(rowOf(ledger('2017-08-25').rows, '召开全区公立医院综合改革新闻媒体通气会')).toMatchObject({
      status: 'in_progress', completedOn: null, latestProgress: { enteredOn: '2017-08-24', body: '更正：通气会定于 8 月 29 日' },
    });
  });

  it('answers an unknown plan with not_found', () => {
    refused('ledger:list', { planId: 'no-such-plan' }, 'not_found', /找不到方案/);
  });
});

describe('plans not yet issued on the as-of date', () => {
  it('leaves them out: as of 2017-08-25 only the plans issued by then (banan, lizhou) have rows', () => {
    const planIds = (asOf: string) => new Set(call<LedgerResult>('ledger:list', { asOf }).rows.map((r) => r.planId));
    expect(planIds('2017-08-25')).toEqual(new Set(['banan-2017', 'lizhou-2017']));
    expect(planIds('2022-12-05')).not.toContain('yubei-2022');
    expect(planIds('2022-12-06')).toContain('yubei-2022');
  });
});
