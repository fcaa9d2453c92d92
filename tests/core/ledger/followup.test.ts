// The 督办 levels, row by row around each boundary, across month and year ends and for deadlines
// with a time of day; and the agreement with the light engine (red exactly when a level can start).
import { describe, expect, it } from 'vitest';
import { daysLate, followUpLevel } from '../../../electron/core/ledger/followup';
import { judgeLight } from '../../../electron/core/ledger/lights';
import type { FollowUpDays } from '../../../electron/shared/followup';

type Row = [name: string, due: string, dueTime: string | null, asOf: string, late: number, level: string | null, days?: FollowUpDays];

const rows: Row[] = [
  ['on the due day itself', '2026-03-10', null, '2026-03-10', 0, null],
  ['the day before', '2026-03-10', null, '2026-03-09', -1, null],
  ['the first day late: 提醒', '2026-03-10', null, '2026-03-11', 1, 'remind'],
  ['6 days late: still 提醒', '2026-03-10', null, '2026-03-16', 6, 'remind'],
  ['7 days late: 督办', '2026-03-10', null, '2026-03-17', 7, 'urge'],
  ['14 days late: still 督办', '2026-03-10', null, '2026-03-24', 14, 'urge'],
  ['15 days late: 通报', '2026-03-10', null, '2026-03-25', 15, 'notify'],
  ['a year late: 通报', '2026-03-10', null, '2027-03-10', 365, 'notify'],
  ['month end: due 01-31, 02-01 is day 1', '2026-01-31', null, '2026-02-01', 1, 'remind'],
  ['month end: due 01-31, 02-07 is day 7', '2026-01-31', null, '2026-02-07', 7, 'urge'],
  ['month end: due 02-28, 03-15 is day 15 (not leap)', '2026-02-28', null, '2026-03-15', 15, 'notify'],
  ['leap year: due 02-28, 03-14 is day 15', '2028-02-28', null, '2028-03-14', 15, 'notify'],
  ['leap year: due 02-28, 03-13 is day 14', '2028-02-28', null, '2028-03-13', 14, 'urge'],
  ['year end: due 12-31, 01-01 is day 1', '2026-12-31', null, '2027-01-01', 1, 'remind'],
  ['year end: due 12-31, 01-06 is day 6', '2026-12-31', null, '2027-01-06', 6, 'remind'],
  ['year end: due 12-31, 01-07 is day 7', '2026-12-31', null, '2027-01-07', 7, 'urge'],
  ['year end: due 12-25, 01-09 is day 15', '2026-12-25', null, '2027-01-09', 15, 'notify'],
  ['with a time: the day before', '2026-09-01', '08:00', '2026-08-31', 0, null],
  ['with a time: its own day is day 1', '2026-09-01', '08:00', '2026-09-01', 1, 'remind'],
  ['with a time: day 6', '2026-09-01', '08:00', '2026-09-06', 6, 'remind'],
  ['with a time: day 7', '2026-09-01', '08:00', '2026-09-07', 7, 'urge'],
  ['with a time: day 15', '2026-09-01', '17:30', '2026-09-15', 15, 'notify'],
  ['with a time across the year end: 12-31 17:00 on 01-06 is day 7', '2026-12-31', '17:00', '2027-01-06', 7, 'urge'],
  ['office levels 3/10/30: day 2 has none', '2026-03-10', null, '2026-03-12', 2, null, { remind: 3, urge: 10, notify: 30 }],
  ['office levels 3/10/30: day 3 提醒', '2026-03-10', null, '2026-03-13', 3, 'remind', { remind: 3, urge: 10, notify: 30 }],
  ['office levels 3/10/30: day 29 督办', '2026-03-10', null, '2026-04-08', 29, 'urge', { remind: 3, urge: 10, notify: 30 }],
  ['office levels 3/10/30: day 30 通报', '2026-03-10', null, '2026-04-09', 30, 'notify', { remind: 3, urge: 10, notify: 30 }],
];

describe('督办 levels', () => {
  it.each(rows)('%s', (_name, due, dueTime, asOf, late, level, days) => {
    expect(daysLate(due, dueTime, asOf)).toBe(late);
    expect(followUpLevel(late, days)).toBe(level);
  });

  it.each(rows.filter((r) => !r[6]))('the light is red exactly when a level applies: %s', (_name, due, dueTime, asOf, late) => {
    const judged = judgeLight({ deadline: { kind: 'date', text: null, dueOn: due, dueTime, startOn: null }, status: 'in_progress', lastProgressOn: null, asOf });
    expect(judged.light === 'red').toBe(late >= 1);
    if (late > 1) expect(judged.reason).toBe(`已逾期 ${late} 天`);
  });
});
