// The period engine, table by table: where reporting systems have shipped bugs (short months,
// week boundaries, off-by-one timeliness, holidays), each case has its row here.
import { describe, expect, it } from 'vitest';
import { makeCalendar, officialYears, unknownYearNotice } from '../../../electron/core/reporting/calendar';
import {
  findPeriod, judgeSubmission, listPeriods, reviewMoment, type PhaseRule,
} from '../../../electron/core/reporting/periods';
import { isoWeekMonday, isoWeekOf, monthEnd, parseStamp, weekday } from '../../../electron/shared/dates';

const daily = (startOn: string, endOn: string | null, extra: Partial<PhaseRule> = {}): PhaseRule => ({
  name: '启动阶段', frequency: 'daily', startOn, endOn, dueTime: '17:00', dueWeekday: 5, weekStart: 1, ...extra,
});
const weekly = (startOn: string, endOn: string | null, extra: Partial<PhaseRule> = {}): PhaseRule => ({
  name: '常态阶段', frequency: 'weekly', startOn, endOn, dueTime: '12:00', dueWeekday: 5, weekStart: 1, ...extra,
});
/** banan-2017: daily through September, weekly from Sunday 1 October with no end. */
const banan = [daily('2017-09-01', '2017-09-30'), weekly('2017-10-01', null)];
const official = makeCalendar('official');
const weekends = makeCalendar('weekends');
const none = makeCalendar('none');
const spans = (ps: { start: string; end: string }[]) => ps.map((p) => `${p.start}..${p.end}`);

describe('calendar arithmetic', () => {
  it.each([
    ['2017-02-01', '2017-02-28'], ['2016-02-10', '2016-02-29'], ['2000-02-01', '2000-02-29'], ['1900-02-01', '1900-02-28'],
    ['2017-04-30', '2017-04-30'], ['2017-12-31', '2017-12-31'], ['2017-01-15', '2017-01-31'],
  ])('the month of %s ends on %s', (day, end) => expect(monthEnd(day)).toBe(end));

  it.each([
    ['2017-10-01', 7], ['2017-10-02', 1], ['2017-09-30', 6], ['2024-02-29', 4],
  ])('%s is weekday %i', (day, n) => expect(weekday(day)).toBe(n));

  it.each([
    ['2017-10-02', '2017-W40'], ['2017-10-01', '2017-W39'], ['2020-12-31', '2020-W53'], ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'], ['2019-12-30', '2020-W01'], ['2026-12-31', '2026-W53'], ['2027-01-01', '2026-W53'],
  ])('%s lies in ISO week %s', (day, code) => expect(isoWeekOf(day).code).toBe(code));

  it.each([
    ['2020-W53', '2020-12-28'], ['2026-W53', '2026-12-28'], ['2017-W40', '2017-10-02'], ['2021-W01', '2021-01-04'],
    ['2021-W53', null], ['2017-W53', null], ['2017-W00', null],
  ])('ISO week %s begins on %s', (code, monday) => expect(isoWeekMonday(code)).toBe(monday));

  it.each([
    ['2017-09-05 16:30', '2017-09-05T16:30:00'], ['2017-09-05T17:00:01', '2017-09-05T17:00:01'],
    ['2017-09-05T09:00:00Z', '2017-09-05T17:00:00'], ['2017-09-05T17:00:00+08:00', '2017-09-05T17:00:00'],
    ['2017-12-31T20:00:00Z', '2018-01-01T04:00:00'], ['2017-02-29 10:00', null], ['2017-09-05 24:00', null], ['9月5日', null],
  ])('the received time %s is kept as %s', (text, stamp) => expect(parseStamp(text)).toBe(stamp));
});

describe('no-report days', () => {
  it.each([
    ['2017-10-01', true, '国庆节'], ['2017-10-04', true, '中秋'], ['2017-10-08', true, '国庆节'],
    ['2017-09-30', false, '国庆节调休上班'], ['2017-10-09', false, null], ['2017-09-09', true, '周末'],
    ['2017-09-11', false, null],
  ])('officially, %s off=%s (%s)', (day, off, reason) => {
    const j = official.judge(day);
    expect(j.off).toBe(off);
    if (reason) expect(j.reason).toContain(reason.split('、')[0]!.replace('调休上班', ''));
    else expect(j.reason).toBeNull();
  });

  it('weekends mode knows no holidays and no 调休', () => {
    expect(weekends.judge('2017-10-02').off).toBe(false);
    expect(weekends.judge('2017-09-30').off).toBe(true);
    expect(none.judge('2017-09-30').off).toBe(false);
  });

  it('a day set by hand wins over the calendar, both ways', () => {
    const cal = makeCalendar('official', [
      { day: '2017-10-02', kind: 'on', reason: '改革首周值班' }, { day: '2017-09-15', kind: 'off', reason: null },
    ]);
    expect(cal.judge('2017-10-02')).toEqual({ off: false, reason: '改革首周值班' });
    expect(cal.judge('2017-09-15')).toEqual({ off: true, reason: '手动设为不报送' });
  });

  it('a year the data does not know falls back to weekends, with a notice', () => {
    const year = officialYears.last + 1;
    expect(official.judge(`${year}-10-01`).off).toBe(weekday(`${year}-10-01`) >= 6);
    expect(official.unknownYears(`${year - 1}-12-01`, `${year}-01-31`)).toEqual([year]);
    expect(unknownYearNotice([year])).toContain(`${year} 年暂按普通周末计算`);
    expect(weekends.unknownYears(`${year}-01-01`, `${year}-02-01`)).toEqual([]);
  });
});

describe('phase boundaries', () => {
  it('the launch phase ends on Saturday 30 September, a 调休 working day, so a report is due', () => {
    const ps = listPeriods(banan, official, '2017-09-29', '2017-10-01');
    expect(ps.map((p) => [p.code, p.kind, p.needsReport])).toEqual([
      ['2017-09-29', 'daily', true], ['2017-09-30', 'daily', true], ['2017-W40', 'weekly', false],
    ]);
  });

  it('with plain weekends the same Saturday needs no report', () => {
    const [sat] = listPeriods(banan, weekends, '2017-09-30', '2017-09-30');
    expect(sat).toMatchObject({ needsReport: false, reason: '周末' });
  });

  it('a weekly phase starting on a Sunday joins that day to the next week; the 国庆 week needs no report', () => {
    const ps = listPeriods(banan, official, '2017-10-01', '2017-10-22');
    expect(spans(ps)).toEqual(['2017-10-01..2017-10-08', '2017-10-09..2017-10-15', '2017-10-16..2017-10-22']);
    expect(ps[0]).toMatchObject({ code: '2017-W40', needsReport: false });
    expect(ps[0]!.reason).toContain('国庆节');
    expect(ps[1]).toMatchObject({ code: '2017-W41', needsReport: true, dueAt: '2017-10-13T12:00:00' });
  });

  it('a weekly phase starting on a Thursday keeps its four-day first week', () => {
    const ps = listPeriods([weekly('2017-09-07', null)], none, '2017-09-01', '2017-09-17');
    expect(spans(ps)).toEqual(['2017-09-07..2017-09-10', '2017-09-11..2017-09-17']);
    expect(ps[0]!.dueAt).toBe('2017-09-08T12:00:00');
  });

  it('a short last fragment joins the week before it', () => {
    const ps = listPeriods([weekly('2017-09-04', '2017-09-19')], none, '2017-09-01', '2017-09-30');
    expect(spans(ps)).toEqual(['2017-09-04..2017-09-10', '2017-09-11..2017-09-19']);
  });

  it('the same weeks whatever day the range begins on', () => {
    const whole = listPeriods(banan, official, '2017-10-01', '2017-12-31');
    const part = listPeriods(banan, official, '2017-11-08', '2017-12-31');
    expect(spans(part)).toEqual(spans(whole.filter((p) => p.end >= '2017-11-08')));
  });

  it('days before the first phase and after a closed phase expect nothing', () => {
    expect(listPeriods(banan, official, '2017-08-01', '2017-08-31')).toEqual([]);
    expect(listPeriods([daily('2017-09-01', '2017-09-30')], official, '2017-10-01', '2017-10-31')).toEqual([]);
  });

  it('an open-ended phase runs to the end of the asked range', () => {
    const ps = listPeriods(banan, official, '2018-12-24', '2019-01-13');
    expect(ps.map((p) => p.code)).toEqual(['2018-W52', '2019-W01', '2019-W02']);
    expect(ps[1]).toMatchObject({ start: '2018-12-31', end: '2019-01-06' });
  });
});

describe('weeks, months and years', () => {
  it('a week across a month end and a year end is one period named by its ISO week', () => {
    const ps = listPeriods([weekly('2020-01-06', null)], none, '2020-12-20', '2021-01-10');
    expect(ps.map((p) => [p.code, p.start, p.end])).toEqual([
      ['2020-W51', '2020-12-14', '2020-12-20'], ['2020-W52', '2020-12-21', '2020-12-27'],
      ['2020-W53', '2020-12-28', '2021-01-03'], ['2021-W01', '2021-01-04', '2021-01-10'],
    ]);
    expect(ps[2]!.dueAt).toBe('2021-01-01T12:00:00');
  });

  it('in the official calendar a Friday holiday moves the due day on to the next working day (顺延)', () => {
    const [w] = listPeriods([weekly('2020-12-28', null)], official, '2020-12-28', '2021-01-03');
    expect(w!.dueAt).toBe('2021-01-04T12:00:00');
  });

  it('a week that starts on Sunday is due on its Friday', () => {
    const ps = listPeriods([weekly('2017-09-03', null, { weekStart: 7 })], none, '2017-09-03', '2017-09-16');
    expect(ps.map((p) => [p.start, p.end, p.dueAt])).toEqual([
      ['2017-09-03', '2017-09-09', '2017-09-08T12:00:00'], ['2017-09-10', '2017-09-16', '2017-09-15T12:00:00'],
    ]);
  });

  it.each([
    ['2017-02', '2017-02-01', '2017-02-28'], ['2016-02', '2016-02-01', '2016-02-29'], ['2017-04', '2017-04-01', '2017-04-30'],
    ['2017-12', '2017-12-01', '2017-12-31'],
  ])('the month %s runs %s to %s', (code, start, end) => {
    const ps = listPeriods([{ ...daily('2016-01-01', null), frequency: 'monthly' }], none, start, end);
    expect(ps.map((p) => [p.code, p.start, p.end])).toEqual([[code, start, end]]);
  });

  it('a daily phase lists every day of a 31-day month, 28 of a short February', () => {
    expect(listPeriods([daily('2017-01-01', null)], none, '2017-01-01', '2017-01-31')).toHaveLength(31);
    expect(listPeriods([daily('2017-01-01', null)], none, '2017-02-01', '2017-02-28')).toHaveLength(28);
    expect(listPeriods([daily('2016-01-01', null)], none, '2016-02-01', '2016-02-29')).toHaveLength(29);
  });
});

describe('due times, to the second', () => {
  const [day] = listPeriods(banan, official, '2017-09-05', '2017-09-05');
  it.each([
    ['2017-09-05T16:59:59', 'onTime'], ['2017-09-05T17:00:00', 'onTime'], ['2017-09-05T17:00:01', 'late'],
    ['2017-09-06T08:00:00', 'late'], ['2017-09-04T20:00:00', 'onTime'],
  ])('a report received at %s is %s', (at, state) => expect(judgeSubmission(day!, at, '2017-09-30T00:00:00')).toBe(state));

  it('nothing received is pending until the due second and missing after it', () => {
    expect(judgeSubmission(day!, null, '2017-09-05T17:00:00')).toBe('pending');
    expect(judgeSubmission(day!, null, '2017-09-05T17:00:01')).toBe('missing');
  });

  it('a day that needs no report is not due, whatever arrives', () => {
    const [sunday] = listPeriods(banan, official, '2017-09-10', '2017-09-10');
    expect(judgeSubmission(sunday!, null, '2017-12-01T00:00:00')).toBe('notDue');
  });

  it('a review as of a past day stands at its last second; as of today, at now', () => {
    expect(reviewMoment('2017-09-05', '2026-11-25', '2026-11-25T10:00:00')).toBe('2017-09-05T23:59:59');
    expect(reviewMoment('2026-11-25', '2026-11-25', '2026-11-25T10:00:00')).toBe('2026-11-25T10:00:00');
  });
});

describe('naming a period', () => {
  it.each([
    ['2017-09-05', 'daily', '2017-09-05', '2017-09-05'], ['2017-W40', 'weekly', '2017-10-01', '2017-10-08'],
    ['2017-10-11', 'weekly', '2017-10-09', '2017-10-15'], ['2017-10-01', 'weekly', '2017-10-01', '2017-10-08'],
  ])('%s is the %s period %s..%s', (name, kind, start, end) => {
    expect(findPeriod(banan, official, name)).toMatchObject({ kind, start, end });
  });

  it.each([
    ['2017-W36', '处于启动阶段（日报），请按日期'], ['2017-08-31', '不在报送制度的任何阶段内'], ['2017-W53', '没有第 53 周'],
    ['9月5日', '无法识别'], ['2017-02-30', '无法识别'],
  ])('%s is refused: %s', (name, message) => {
    expect(() => findPeriod(banan, official, name)).toThrow(message);
  });
});

describe('each phase its own no-report days', () => {
  it('a daily phase that reports every day beside a weekly one that keeps the official calendar', () => {
    const phases = [daily('2017-09-01', '2017-09-30', { calendar: none }), weekly('2017-10-01', null, { calendar: official })];
    const ps = listPeriods(phases, weekends, '2017-09-09', '2017-10-08');
    expect(ps[0]).toMatchObject({ code: '2017-09-09', needsReport: true });
    expect(ps.at(-1)).toMatchObject({ code: '2017-W40', needsReport: false });
  });
});
