// Which days need no report (不需报送的日子): none, weekends, or the official calendar — China's
// public holidays with their 调休 working weekends, from the chinese-days data — plus the days
// the office adds or removes by hand. Years the data does not know fall back to plain
// weekends, and say so, so a clerk is never silently wrong about a holiday.
import officialDays from 'chinese-days/dist/chinese-days.json';
import { weekday } from '../../shared/dates';

export type ExemptMode = 'none' | 'weekends' | 'official';
/** A day the office set by hand: 'off' needs no report, 'on' needs one whatever the calendar says. */
export type DayOverride = { day: string; kind: 'off' | 'on'; reason: string | null };
export type DayJudgement = { off: boolean; reason: string | null };

type DayTable = Record<string, string>;
const holidays = officialDays.holidays as DayTable;
const workdays = officialDays.workdays as DayTable;

const years = Object.keys(holidays).map((d) => Number(d.slice(0, 4)));
/** The years whose official calendar the bundled data holds. */
export const officialYears = { first: Math.min(...years), last: Math.max(...years) };
export const knowsYear = (year: number): boolean => year >= officialYears.first && year <= officialYears.last;

/** '2017-10-01' → '国庆节' (the Chinese name in the data's "English,中文,n" value). */
const holidayName = (value: string | undefined): string => value?.split(',')[1] ?? '节假日';

export type Calendar = { judge: (day: string) => DayJudgement; unknownYears: (from: string, to: string) => number[] };

export function makeCalendar(mode: ExemptMode, overrides: readonly DayOverride[] = []): Calendar {
  const byDay = new Map(overrides.map((o) => [o.day, o]));
  const weekend = (day: string): DayJudgement => (weekday(day) >= 6 ? { off: true, reason: '周末' } : { off: false, reason: null });
  const judgeByMode = (day: string): DayJudgement => {
    if (mode === 'none') return { off: false, reason: null };
    if (mode === 'weekends' || !knowsYear(Number(day.slice(0, 4)))) return weekend(day);
    if (holidays[day] !== undefined) return { off: true, reason: holidayName(holidays[day]) };
    if (workdays[day] !== undefined) return { off: false, reason: `${holidayName(workdays[day])}调休上班` };
    return weekend(day);
  };
  return {
    judge(day) {
      const own = byDay.get(day);
      if (own) return { off: own.kind === 'off', reason: own.reason ?? (own.kind === 'off' ? '手动设为不报送' : '手动设为需报送') };
      return judgeByMode(day);
    },
    /** Years in [from, to] the official calendar cannot speak for (only in 'official' mode). */
    unknownYears(from, to) {
      if (mode !== 'official') return [];
      const out: number[] = [];
      for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!knowsYear(y)) out.push(y);
      return out;
    },
  };
}

export const unknownYearNotice = (years: readonly number[]): string | null =>
  years.length === 0
    ? null
    : `内置节假日数据只到 ${officialYears.last} 年，${years.join('、')} 年暂按普通周末计算不需报送的日子；如有法定节假日或调休，请在报送制度中手动添加。`;
