// Calendar-day arithmetic shared by every engine (lights, reporting periods) and the screens.
// Days are 'YYYY-MM-DD' strings computed in UTC, so no time zone or daylight saving can shift
// a day; times of day are the office's wall-clock time 'YYYY-MM-DDTHH:MM:SS' (see localStamp).

const dayMs = 86_400_000;
const toDay = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / dayMs;
const fromDay = (day: number): string => new Date(day * dayMs).toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');

export const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && fromDay(toDay(s)) === s;
export const addDays = (iso: string, n: number): string => fromDay(toDay(iso) + n);
/** Whole days from a to b (positive when b is later). */
export const daysBetween = (a: string, b: string): number => toDay(b) - toDay(a);
/** 1 = Monday … 7 = Sunday, as the Chinese week and ISO 8601 count. */
export const weekday = (iso: string): number => ((new Date(toDay(iso) * dayMs).getUTCDay() + 6) % 7) + 1;
/** The last day of the month a day is in (28–31). */
export const monthEnd = (iso: string): string => fromDay(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 1) / dayMs - 1);

/** The machine's own calendar date: the clerk's "today", not UTC's. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The machine's wall-clock time as 'YYYY-MM-DDTHH:MM:SS', the form received times are kept in. */
export function localStamp(now: Date = new Date()): string {
  return `${todayIso(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

/** ISO 8601 week of a day: the week (Monday first) belongs to the year of its Thursday. */
export function isoWeekOf(iso: string): { year: number; week: number; code: string } {
  const thursday = addDays(iso, 4 - weekday(iso));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week, code: `${year}-W${pad(week)}` };
}

/** The Monday of an ISO week 'YYYY-Www', or null when the year has no such week (W53 only in long years). */
export function isoWeekMonday(code: string): string | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return null;
  const jan4 = `${year}-01-04`; // always in week 1
  const monday = addDays(jan4, 1 - weekday(jan4) + (week - 1) * 7);
  return isoWeekOf(monday).year === year ? monday : null;
}

/** '2017-09-05' → '9月5日'; with the year when asked. */
export function chineseDay(iso: string, withYear = false): string {
  const md = `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
  return withYear ? `${Number(iso.slice(0, 4))}年${md}` : md;
}

/**
 * A time as a clerk or a file writes it → 'YYYY-MM-DDTHH:MM:SS' office time, or null when it is
 * no real time. Accepts a space or T, minutes or seconds; a zone (Z, +08:00) is converted to
 * China Standard Time (UTC+8, no daylight saving), the time every office in the country keeps.
 */
export function parseStamp(text: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m) return null;
  const [, day = '', hh = '', mm = '', ss = '00', zone] = m;
  if (!isIsoDate(day) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return null;
  const wall = `${day}T${hh}:${mm}:${ss}`;
  if (!zone) return wall;
  const ms = Date.parse(`${wall}${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  if (Number.isNaN(ms)) return null;
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19);
}
