// The light rules, row by row, for every deadline kind in the seeds and around each boundary.
import { describe, expect, it } from 'vitest';
import type { Deadline, TaskStatus } from '../../../electron/shared/dto';
import { addDays, daysBetween, effectiveDeadline, isIsoDate, judgeLight, statusAsOf, todayIso } from '../../../electron/core/ledger/lights';

const date = (dueOn: string, dueTime: string | null = null, text: string | null = null): Deadline => ({ kind: 'date', text, dueOn, dueTime, startOn: null });
const month = (dueOn: string): Deadline => ({ kind: 'month', text: '9月', dueOn, dueTime: null, startOn: null });
const year = (y: number, text = `${y}年底前`): Deadline => ({ kind: 'year', text, dueOn: `${y}-12-31`, dueTime: null, startOn: null });
const ongoing: Deadline = { kind: 'ongoing', text: '全程', dueOn: null, dueTime: null, startOn: null };
const none: Deadline = { kind: 'none', text: null, dueOn: null, dueTime: null, startOn: null };
const startsOn: Deadline = { kind: 'date', text: '2017年9月1日起', dueOn: '2017-09-01', dueTime: null, startOn: '2017-09-01' };

type Row = [name: string, deadline: Deadline, asOf: string, expected: string, opts?: { status?: TaskStatus; last?: string | null; n?: number; m?: number }];

const rows: Row[] = [
  ['a date, the day before', date('2017-08-22'), '2017-08-21', 'yellow'],
  ['a date, on the day itself (not yet passed)', date('2017-08-22'), '2017-08-22', 'yellow'],
  ['a date, one day after', date('2017-08-22'), '2017-08-23', 'red'],
  ['a date, exactly N=7 days before', date('2017-08-22'), '2017-08-15', 'yellow'],
  ['a date, N+1 days before', date('2017-08-22'), '2017-08-14', 'green'],
  ['a date with a time, the day before', date('2017-09-01', '08:00', '9月1日8点'), '2017-08-31', 'yellow'],
  ['a date with a time, on its day (passed by the end of it)', date('2017-09-01', '08:00', '9月1日8点'), '2017-09-01', 'red'],
  ['a month, its last day', month('2017-09-30'), '2017-09-30', 'yellow'],
  ['a month, the first day after', month('2017-09-30'), '2017-10-01', 'red'],
  ['a year (年底前), 12-31', year(2017), '2017-12-31', 'yellow'],
  ['a year (年底前), 01-01 after', year(2017), '2018-01-01', 'red'],
  ['a year, far ahead', year(2025, '2025年'), '2023-06-01', 'green'],
  ['leap day, exactly 7 days before', date('2020-02-29'), '2020-02-22', 'yellow'],
  ['leap day, 8 days before', date('2020-02-29'), '2020-02-21', 'green'],
  ['leap day, the day after', date('2020-02-29'), '2020-03-01', 'red'],
  ['ongoing, no note ever', ongoing, '2017-09-10', 'yellow', { last: null }],
  ['ongoing, last note exactly M=7 days ago (still fresh)', ongoing, '2017-09-10', 'green', { last: '2017-09-03' }],
  ['ongoing, last note M+1 days ago', ongoing, '2017-09-10', 'yellow', { last: '2017-09-02' }],
  ['undated, note today', none, '2017-09-10', 'green', { last: '2017-09-10' }],
  ['undated, no note', none, '2017-09-10', 'yellow', { last: null }],
  ['a start (起), before it', startsOn, '2017-08-25', 'green'],
  ['a start (起), from it on, without notes', startsOn, '2017-09-01', 'yellow'],
  ['a start (起), long after, with a recent note', startsOn, '2018-03-01', 'green', { last: '2018-02-27' }],
  ['done, though overdue', date('2017-08-22'), '2017-09-30', 'done', { status: 'done' }],
  ['paused, though overdue', date('2017-08-22'), '2017-09-30', 'paused', { status: 'paused' }],
  ['N=0: due today is yellow', date('2017-08-22'), '2017-08-22', 'yellow', { n: 0 }],
  ['N=0: due tomorrow is green', date('2017-08-22'), '2017-08-21', 'green', { n: 0 }],
  ['M=0: a note yesterday is stale', ongoing, '2017-09-10', 'yellow', { last: '2017-09-09', m: 0 }],
  ['M=0: a note today is fresh', ongoing, '2017-09-10', 'green', { last: '2017-09-10', m: 0 }],
];

describe('judgeLight', () => {
  it.each(rows)('%s', (_name, deadline, asOf, expected, opts = {}) => {
    const j = judgeLight(
      { deadline, status: opts.status ?? 'in_progress', lastProgressOn: opts.last ?? null, asOf },
      { dueSoonDays: opts.n ?? 7, staleDays: opts.m ?? 7 },
    );
    expect(j.light).toBe(expected);
    expect(j.reason).toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives days left, negative when overdue, and names them', () => {
    expect(judgeLight({ deadline: date('2017-08-22'), status: 'not_started', lastProgressOn: null, asOf: '2017-08-25' })).toMatchObject({ light: 'red', due: '2017-08-22', daysLeft: -3, reason: '已逾期 3 天' });
    expect(judgeLight({ deadline: date('2017-08-22'), status: 'not_started', lastProgressOn: null, asOf: '2017-08-17' })).toMatchObject({ daysLeft: 5, reason: '5 天后到期' });
    expect(judgeLight({ deadline: startsOn, status: 'not_started', lastProgressOn: null, asOf: '2017-09-05' })).toMatchObject({ due: null, daysLeft: null });
  });
});

describe('effectiveDeadline', () => {
  const tree = new Map([
    [1, { parentId: null, deadline: year(2017) }],
    [2, { parentId: 1, deadline: none }],
    [3, { parentId: 2, deadline: none }],
    [4, { parentId: 2, deadline: date('2017-09-01') }],
    [5, { parentId: null, deadline: none }],
    [6, { parentId: 5, deadline: none }],
  ]);
  it('takes the parent’s or grandparent’s deadline where a subtask has none', () => {
    expect(effectiveDeadline(2, tree)).toMatchObject({ kind: 'year', dueOn: '2017-12-31', inherited: true });
    expect(effectiveDeadline(3, tree)).toMatchObject({ kind: 'year', dueOn: '2017-12-31', inherited: true });
    expect(effectiveDeadline(4, tree)).toMatchObject({ kind: 'date', dueOn: '2017-09-01', inherited: false });
    expect(effectiveDeadline(6, tree)).toMatchObject({ kind: 'none', inherited: false });
  });
});

describe('statusAsOf', () => {
  const notes = [
    { enteredOn: '2017-08-20', status: 'in_progress' as const },
    { enteredOn: '2017-08-25', status: null },
    { enteredOn: '2017-08-29', status: 'done' as const },
  ];
  it.each([
    ['before any note: not started', '2017-08-19', 'not_started'],
    ['after the first status note', '2017-08-26', 'in_progress'],
    ['on the day of the done note', '2017-08-29', 'done'],
  ] as const)('%s', (_name, asOf, expected) => {
    expect(statusAsOf('done', notes, asOf)).toBe(expected);
  });
  it('falls back to the stored status when no note sets one', () => {
    expect(statusAsOf('paused', [{ enteredOn: '2017-08-20', status: null }], '2017-08-19')).toBe('paused');
  });
});

describe('calendar days', () => {
  it('counts across month, leap-year and year ends', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(daysBetween('2017-08-25', '2017-09-01')).toBe(7);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(todayIso(new Date(2017, 7, 25, 23, 59))).toBe('2017-08-25');
  });
});
