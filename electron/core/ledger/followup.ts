// The one 督办 engine: how many days an unfinished task is late and which level of chasing that
// calls for. It agrees with the light engine by construction: a task is red exactly when it is at
// least one day late. The rules in the clerk's words are followUpRulesText in shared/followup.ts;
// tests/core/ledger/followup.test.ts holds each around its boundaries.
import { daysBetween } from '../../shared/dates';
import { defaultFollowUpDays, type FollowUpDays, type FollowUpLevel } from '../../shared/followup';

/**
 * Days late at the end of the as-of day. A plain date runs to the end of its day, so the next day
 * is the first day late; a deadline with a time of day (9月1日8点) has passed within its own day,
 * which is then the first day late.
 */
export function daysLate(due: string, dueTime: string | null, asOf: string): number {
  return daysBetween(due, asOf) + (dueTime ? 1 : 0);
}

/** The highest level whose threshold the lateness has reached, or null before the first. */
export function followUpLevel(late: number, days: FollowUpDays = defaultFollowUpDays): FollowUpLevel | null {
  if (late >= days.notify) return 'notify';
  if (late >= days.urge) return 'urge';
  if (late >= days.remind) return 'remind';
  return null;
}
