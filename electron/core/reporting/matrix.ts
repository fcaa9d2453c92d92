// 报送情况: reporters × periods with each cell's state, and the tallies per period, per reporter
// and in total. Two queries whatever the size (the range's submissions, its reminder counts);
// the states come from judgeSubmission, the one rule the status command and 催报 use too.
import { todayIso, localStamp, daysBetween } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { MatrixCell, MatrixDto, PeriodDto, SubmissionState, Tally } from '../../shared/reporting';
import type { Db } from '../db/open';
import { makeCalendar, unknownYearNotice } from './calendar';
import { judgeSubmission, listPeriods, reviewMoment } from './periods';
import { requireRegime, type LoadedRegime } from './regime-load';

/** The longest range a matrix covers: two years and a little, the benchmark's case. */
const longestRange = 800;

export const emptyTally = (): Tally => ({ expected: 0, received: 0, onTime: 0, late: 0, missing: 0, pending: 0, rate: null, onTimeRate: null });

export function addToTally(t: Tally, state: SubmissionState): void {
  if (state === 'notDue') return;
  t.expected++;
  if (state === 'onTime' || state === 'late') t.received++;
  t[state]++;
}

export function finishTally(t: Tally): Tally {
  t.rate = t.expected ? t.received / t.expected : null;
  t.onTimeRate = t.expected ? t.onTime / t.expected : null;
  return t;
}

/** The office time a review as of a day stands at (now for today). */
export const momentOf = (asOf: string | undefined): string => {
  const today = todayIso();
  return reviewMoment(asOf ?? today, today, localStamp());
};

export type Received = { receivedAt: string; submissionId: number };

/** Every submission of a regime in [from, to], keyed by reporter and period start. */
export function receivedIn(db: Db, regimeId: number, from: string, to: string): Map<string, Received> {
  const rows = db
    .prepare(
      `SELECT s.id, s.reporting_unit_id AS rid, s.period_kind AS kind, s.period_start AS start, s.received_at
       FROM submissions s JOIN reporting_units ru ON ru.id = s.reporting_unit_id
       WHERE ru.regime_id = ? AND s.period_start BETWEEN ? AND ?`,
    )
    .all(regimeId, from, to) as { id: number; rid: number; kind: string; start: string; received_at: string }[];
  return new Map(rows.map((r) => [cellKey(r.rid, r.kind, r.start), { receivedAt: r.received_at, submissionId: r.id }]));
}

export const cellKey = (reporterId: number, kind: string, start: string) => `${reporterId}|${kind}|${start}`;

function reminderCounts(db: Db, regimeId: number, from: string, to: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT m.reporting_unit_id AS rid, m.period_kind AS kind, m.period_start AS start, COUNT(*) AS n
       FROM reminders m JOIN reporting_units ru ON ru.id = m.reporting_unit_id
       WHERE ru.regime_id = ? AND m.period_start BETWEEN ? AND ? GROUP BY 1, 2, 3`,
    )
    .all(regimeId, from, to) as { rid: number; kind: string; start: string; n: number }[];
  return new Map(rows.map((r) => [cellKey(r.rid, r.kind, r.start), r.n]));
}

/** The notice for years the holiday data does not cover, when a phase keeps the official calendar. */
export function calendarNotice(regime: LoadedRegime, from: string, to: string): string | null {
  if (!regime.phases.some((p) => p.exemptMode === 'official')) return null;
  return unknownYearNotice(makeCalendar('official').unknownYears(from, to));
}

export function buildMatrix(db: Db, input: { planId: string; from: string; to: string; asOf?: string }): MatrixDto {
  const { planId, from, to } = input;
  if (to < from) throw new AppError('bad_range', '结束日期不能早于开始日期');
  if (daysBetween(from, to) > longestRange) throw new AppError('bad_range', `统计区间最长 ${longestRange} 天，请缩短区间`);
  const regime = requireRegime(db, planId);
  const moment = momentOf(input.asOf);
  const periods: PeriodDto[] = listPeriods(regime.rules, makeCalendar('none'), from, to);
  const first = periods[0]?.start ?? from;
  const received = receivedIn(db, regime.regimeId, first, to);
  const reminders = reminderCounts(db, regime.regimeId, first, to);
  const byPeriod = periods.map(emptyTally);
  const total = emptyTally();
  const byReporter = regime.reporters.map(emptyTally);
  const cells = regime.reporters.map((rep, i) =>
    periods.map((p, j): MatrixCell => {
      const key = cellKey(rep.id, p.kind, p.start);
      const got = received.get(key);
      const state = judgeSubmission(p, got?.receivedAt ?? null, moment);
      for (const t of [byPeriod[j]!, byReporter[i]!, total]) addToTally(t, state);
      return { state, receivedAt: got?.receivedAt ?? null, submissionId: got?.submissionId ?? null, reminders: reminders.get(key) ?? 0 };
    }),
  );
  return {
    planId, from, to, moment, periods, reporters: regime.reporters, cells,
    byPeriod: byPeriod.map(finishTally), byReporter: byReporter.map(finishTally), total: finishTally(total),
    notice: calendarNotice(regime, from, to),
  };
}
