// The period engine (报送期): which reports a regime expects, for which days or weeks, due when,
// and whether one that arrived was on time. The matrix, the status command, 催报, the dashboard
// and the weekly summary all call these functions, so they cannot disagree.
// tests/core/reporting/periods.test.ts holds a table of the cases that go wrong elsewhere:
// phase boundaries, short months, weeks across month and year ends, ISO week 53, due times to
// the second, holidays and 调休 working weekends.
import type { Frequency } from '../../shared/dto';
import { frequencyLabels, type PeriodDto, type PhaseDto, type SubmissionState } from '../../shared/reporting';
import { addDays, chineseDay, daysBetween, isIsoDate, isoWeekMonday, isoWeekOf, monthEnd, weekday } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { Calendar } from './calendar';

/** A phase as the engine needs it (the dates and due rule of a PhaseDto), with its own no-report days; the calendar passed to listPeriods serves when absent. */
export type PhaseRule = Pick<PhaseDto, 'name' | 'frequency' | 'startOn' | 'endOn' | 'dueTime' | 'dueWeekday' | 'weekStart'> & { calendar?: Calendar };

/** A period as every screen, command and export sees it (PeriodDto): days, code, label, due time, whether a report is needed. */
export type Period = PeriodDto;
export type { SubmissionState };


/** Default due times when a phase does not say: daily by 17:00; weekly by Friday 12:00. */
export const defaultDue = { dailyTime: '17:00', weeklyTime: '12:00', weeklyWeekday: 5, weekStart: 1 } as const;

/** A week's leading or trailing fragment shorter than this joins its neighbour, as ISO weeks do with a year's. */
const shortestWeek = 4;

/** Phases in date order, each ending the day before the next begins at the latest. */
function phaseSpans(phases: readonly PhaseRule[], to: string): { rule: PhaseRule; start: string; end: string }[] {
  const sorted = [...phases].sort((a, b) => a.startOn.localeCompare(b.startOn));
  return sorted.map((rule, i) => {
    const next = sorted[i + 1];
    // An open phase is carried past the range so the last week or month is built whole.
    let end = rule.endOn ?? addDays(to > rule.startOn ? to : rule.startOn, 40);
    if (next && end >= next.startOn) end = addDays(next.startOn, -1);
    return { rule, start: rule.startOn, end };
  });
}

/** Moves a due day off a no-report day to the next day that needs reports (顺延), at most 60 days on. */
function postpone(day: string, calendar: Calendar): string {
  let d = day;
  for (let i = 0; i < 60 && calendar.judge(d).off; i++) d = addDays(d, 1);
  return d;
}

function dailyPeriods(rule: PhaseRule, from: string, to: string, calendar: Calendar): Period[] {
  const out: Period[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const day = calendar.judge(d);
    out.push({
      kind: 'daily', start: d, end: d, code: d, label: chineseDay(d, true), dueAt: `${d}T${rule.dueTime}:00`,
      phase: rule.name, needsReport: !day.off, reason: day.reason,
    });
  }
  return out;
}

/** Weeks aligned to weekStart inside [start, end], with short fragments at either end joined on. */
function weekSpans(start: string, end: string, weekStart: number): [string, string][] {
  const spans: [string, string][] = [];
  let ws = addDays(start, -((weekday(start) - weekStart + 7) % 7));
  for (; ws <= end; ws = addDays(ws, 7)) spans.push([ws < start ? start : ws, addDays(ws, 6) > end ? end : addDays(ws, 6)]);
  const length = ([a, b]: [string, string]) => daysBetween(a, b) + 1;
  if (spans.length > 1 && length(spans[0]!) < shortestWeek) {
    const [first] = spans.splice(0, 1);
    spans[0] = [first![0], spans[0]![1]];
  }
  if (spans.length > 1 && length(spans[spans.length - 1]!) < shortestWeek) {
    const last = spans.pop()!;
    spans[spans.length - 1] = [spans[spans.length - 1]![0], last[1]];
  }
  return spans;
}

function weeklyPeriod(rule: PhaseRule, [start, end]: [string, string], calendar: Calendar): Period {
  const lastWeekStart = addDays(end, -((weekday(end) - rule.weekStart + 7) % 7));
  const dueDay = postpone(addDays(lastWeekStart, (rule.dueWeekday - rule.weekStart + 7) % 7), calendar);
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  const judged = days.map((d) => calendar.judge(d));
  const needsReport = judged.some((j) => !j.off);
  const reasons = [...new Set(judged.filter((j) => j.off === !needsReport && j.reason).map((j) => j.reason))];
  const week = isoWeekOf(addDays(end, -3));
  return {
    kind: 'weekly', start, end, code: week.code,
    label: `${week.year}年第${week.week}周（${chineseDay(start)}至${chineseDay(end)}）`,
    dueAt: `${dueDay}T${rule.dueTime}:00`, phase: rule.name, needsReport,
    reason: needsReport ? null : reasons.join('、') || '整周不需报送',
  };
}

function monthlyPeriods(rule: PhaseRule, start: string, end: string, calendar: Calendar): Period[] {
  const out: Period[] = [];
  for (let m = start; m <= end; m = addDays(monthEnd(m), 1)) {
    const last = monthEnd(m) > end ? end : monthEnd(m);
    out.push({
      kind: 'monthly', start: m, end: last, code: m.slice(0, 7), label: `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`,
      dueAt: `${postpone(last, calendar)}T${rule.dueTime}:00`, phase: rule.name, needsReport: true, reason: null,
    });
  }
  return out;
}

/** Every period that overlaps [from, to], in date order, including those that need no report. */
export function listPeriods(phases: readonly PhaseRule[], defaultCalendar: Calendar, from: string, to: string): Period[] {
  const out: Period[] = [];
  for (const { rule, start, end } of phaseSpans(phases, to)) {
    if (end < from || start > to || end < start) continue;
    const calendar = rule.calendar ?? defaultCalendar;
    if (rule.frequency === 'daily') out.push(...dailyPeriods(rule, start < from ? from : start, end > to ? to : end, calendar));
    else if (rule.frequency === 'weekly') {
      // Whole weeks are built from the phase's own start, so a range that begins mid-week
      // still sees the same periods as one that begins with the phase.
      for (const span of weekSpans(start, end, rule.weekStart)) {
        if (span[1] >= from && span[0] <= to) out.push(weeklyPeriod(rule, span, calendar));
      }
    } else {
      for (const p of monthlyPeriods(rule, start, end, calendar)) if (p.end >= from && p.start <= to) out.push(p);
    }
  }
  return out;
}

/** The phase rule a day falls in, or null. */
export function phaseOn(phases: readonly PhaseRule[], day: string): PhaseRule | null {
  return phaseSpans(phases, day).find((s) => s.start <= day && day <= s.end)?.rule ?? null;
}

/**
 * The one period a clerk names: a day ('2017-09-05': that day, or the week or month it is in),
 * an ISO week ('2017-W40') or a month ('2017-10'). Refused in Chinese when the name does not fit
 * the phase (a week asked of a daily phase) or lies outside every phase.
 */
export function findPeriod(phases: readonly PhaseRule[], calendar: Calendar, name: string): Period {
  const text = name.trim();
  let day: string | null = null;
  let asked: Frequency | null = null;
  if (isIsoDate(text)) day = text;
  else if (/^\d{4}-W\d{2}$/.test(text)) {
    day = isoWeekMonday(text);
    asked = 'weekly';
    if (!day) throw new AppError('bad_period', `${text.slice(0, 4)} 年没有第 ${Number(text.slice(6))} 周`);
  } else if (/^\d{4}-\d{2}$/.test(text) && isIsoDate(`${text}-01`)) {
    day = `${text}-01`;
    asked = 'monthly';
  } else throw new AppError('bad_period', `报送期“${text}”无法识别：请写日期（2017-09-05）、周（2017-W40）或月（2017-10）`);
  const rule = phaseOn(phases, day);
  if (!rule) throw new AppError('no_period', `${text} 不在报送制度的任何阶段内`);
  if (asked && asked !== rule.frequency) {
    throw new AppError('period_kind', `${text} 处于${rule.name}（${frequencyLabel[rule.frequency]}），请按${frequencyHint[rule.frequency]}查询`);
  }
  const hit = listPeriods(phases, calendar, addDays(day, -40), addDays(day, 40)).find((p) => p.start <= day && day <= p.end);
  if (!hit) throw new AppError('no_period', `${text} 不在报送制度的任何阶段内`);
  return hit;
}

/** The report's name by frequency (日报/周报/月报), from the one table in shared. */
export const frequencyLabel = frequencyLabels;
const frequencyHint: Record<Frequency, string> = { daily: '日期，如 2017-09-05', weekly: '周，如 2017-W40', monthly: '月，如 2017-10' };

/** On time, late, missing, not yet due, or not due at all; `now` is office time 'YYYY-MM-DDTHH:MM:SS'. */
export function judgeSubmission(period: Period, receivedAt: string | null, now: string): SubmissionState {
  if (!period.needsReport) return 'notDue';
  if (receivedAt !== null) return receivedAt <= period.dueAt ? 'onTime' : 'late';
  return now > period.dueAt ? 'missing' : 'pending';
}

/** The office time a review "as of" a day stands at: now for today, the day's last second otherwise. */
export function reviewMoment(asOf: string, today: string, now: string): string {
  if (asOf === today) return now;
  return `${asOf}T23:59:59`;
}
