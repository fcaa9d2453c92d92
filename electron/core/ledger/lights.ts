// The one light engine (红黄绿灯). The ledger, the dashboard, the CLI and the exports all call
// judgeLight, so they cannot disagree; the rules in the clerk's words are lightRulesText in
// shared/ledger.ts, and tests/core/ledger/lights.test.ts holds every sentence of them.
// Dates are calendar days as 'YYYY-MM-DD' strings, computed in UTC so no time zone or daylight
// saving can shift a day.
import type { Deadline, TaskStatus } from '../../shared/dto';
import type { Light, LightSettings } from '../../shared/ledger';
import { daysBetween } from '../../shared/dates';
import { daysLate } from './followup';

export const defaultLightSettings: LightSettings = { dueSoonDays: 7, staleDays: 7 };

export { addDays, daysBetween, isIsoDate, todayIso } from '../../shared/dates';

export type EffectiveDeadline = Deadline & { inherited: boolean };
type TreeNode = { parentId: number | null; deadline: Deadline };

const hasOwnDeadline = (d: Deadline): boolean => d.kind !== 'none' || d.dueOn !== null;

/** A subtask with no deadline of its own works to its parent's (or grandparent's). */
export function effectiveDeadline(taskId: number, byId: ReadonlyMap<number, TreeNode>): EffectiveDeadline {
  const own = byId.get(taskId);
  if (!own) throw new Error(`任务 ${taskId} 不存在`);
  for (let node: TreeNode | undefined = own; node; node = node.parentId === null ? undefined : byId.get(node.parentId)) {
    if (hasOwnDeadline(node.deadline)) return { ...node.deadline, inherited: node !== own };
  }
  return { ...own.deadline, inherited: false };
}

/**
 * "2017年9月1日起" is a start, not an end: from that day the task runs on as an ongoing one.
 * The seeds store it as a date whose due day is its start day.
 */
export const isStartOnly = (d: Deadline): boolean =>
  d.startOn !== null && d.dueOn === d.startOn && /(起|开始)$/.test((d.text ?? '').trim());

type Note = { enteredOn: string; status: TaskStatus | null };

/**
 * The status as it stood at the end of the as-of day: that of the latest status note dated on or
 * before it. When every status note is dated later, the task had not been started then, whatever
 * it is now. With no status notes at all, the stored status is all we know.
 * `notes` are in the order they were written (entered_on, then id).
 */
export function statusAsOf(stored: TaskStatus, notes: readonly Note[], asOf: string): TaskStatus {
  let found: TaskStatus | null = null;
  let anyLater = false;
  for (const n of notes) {
    if (n.status === null) continue;
    if (n.enteredOn <= asOf) found = n.status;
    else anyLater = true;
  }
  return found ?? (anyLater ? 'not_started' : stored);
}

export type LightInput = { deadline: Deadline; status: TaskStatus; lastProgressOn: string | null; asOf: string };
export type Judgement = { light: Light; due: string | null; daysLeft: number | null; reason: string };

/**
 * The light of one task as of a date (the end of that day, as the clerk sees it):
 * red: past its deadline and not done; yellow: due within N days, or (ongoing or undated)
 * without a progress note in the last M days; green otherwise; done and paused are no colour.
 */
export function judgeLight(input: LightInput, settings: LightSettings = defaultLightSettings): Judgement {
  const { deadline: d, status, asOf } = input;
  const dated = hasDate(d) && !isStartOnly(d);
  const due = dated ? d.dueOn : null;
  const daysLeft = due ? daysBetween(asOf, due) : null;
  if (status === 'done') return { light: 'done', due, daysLeft, reason: '已完成' };
  if (status === 'paused') return { light: 'paused', due, daysLeft, reason: '暂缓' };
  if (due !== null && daysLeft !== null) {
    // A deadline with a time (9月1日8点) has passed by the end of its own day; a plain date has not.
    // Days late count as the 督办 engine counts them (followup.ts), so the two never disagree.
    const late = daysLate(due, d.dueTime, asOf);
    if (late >= 1) return { light: 'red', due, daysLeft, reason: daysLeft === 0 ? `已于今日 ${d.dueTime} 到期` : `已逾期 ${late} 天` };
    if (daysLeft <= settings.dueSoonDays) return { light: 'yellow', due, daysLeft, reason: daysLeft === 0 ? '今天到期' : `${daysLeft} 天后到期` };
    return { light: 'green', due, daysLeft, reason: `${daysLeft} 天后到期` };
  }
  if (isStartOnly(d) && asOf < d.startOn!) return { light: 'green', due: null, daysLeft: null, reason: `${d.startOn} 起实施` };
  return judgeActivity(input.lastProgressOn, asOf, settings.staleDays);
}

const hasDate = (d: Deadline): boolean => (d.kind === 'date' || d.kind === 'month' || d.kind === 'year') && d.dueOn !== null;

/** Ongoing and undated tasks are judged by how recently someone wrote progress on them. */
function judgeActivity(lastProgressOn: string | null, asOf: string, staleDays: number): Judgement {
  if (lastProgressOn === null) return { light: 'yellow', due: null, daysLeft: null, reason: '尚无进展记录' };
  const quiet = daysBetween(lastProgressOn, asOf);
  if (quiet > staleDays) return { light: 'yellow', due: null, daysLeft: null, reason: `${quiet} 天无进展` };
  return { light: 'green', due: null, daysLeft: null, reason: quiet === 0 ? '今天有进展' : `${quiet} 天前有进展` };
}
