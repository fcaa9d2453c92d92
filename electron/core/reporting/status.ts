// The status of one period: what the `status` command prints, what 催报, the dashboard and the
// weekly summary start from. Built on the matrix, so the two cannot disagree.
import type { PeriodStatusDto } from '../../shared/reporting';
import type { Db } from '../db/open';
import { addToTally, calendarNotice, cellKey, emptyTally, finishTally, momentOf, receivedIn } from './matrix';
import { findPeriod, judgeSubmission, type Period } from './periods';
import { requireRegime, type LoadedRegime } from './regime-load';
import { makeCalendar } from './calendar';

/** The period a clerk names, in a regime. */
export const periodIn = (regime: LoadedRegime, name: string): Period => findPeriod(regime.rules, makeCalendar('none'), name);

export function statusOf(db: Db, regime: LoadedRegime, period: Period, moment: string): PeriodStatusDto {
  const received = receivedIn(db, regime.regimeId, period.start, period.start);
  const tally = emptyTally();
  const missingUnits: PeriodStatusDto['missingUnits'] = [];
  const pendingUnits: PeriodStatusDto['pendingUnits'] = [];
  for (const r of regime.reporters) {
    const state = judgeSubmission(period, received.get(cellKey(r.id, period.kind, period.start))?.receivedAt ?? null, moment);
    addToTally(tally, state);
    if (state === 'missing') missingUnits.push({ reporterId: r.id, name: r.name });
    if (state === 'pending') pendingUnits.push({ reporterId: r.id, name: r.name });
  }
  return { ...finishTally(tally), period, moment, missingUnits, pendingUnits, notice: calendarNotice(regime, period.start, period.end) };
}

export function periodStatus(db: Db, input: { planId: string; period: string; asOf?: string }): PeriodStatusDto {
  const regime = requireRegime(db, input.planId);
  return statusOf(db, regime, periodIn(regime, input.period), momentOf(input.asOf));
}
