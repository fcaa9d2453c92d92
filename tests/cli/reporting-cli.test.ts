// `status`, `submit` and `indicators` as the README shows them, in-process through the same runCli.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import Database from 'better-sqlite3';
import { tempDir } from '../helpers/temp-db';

const tmp = tempDir();
const db = tmp.file('reporting-cli.db');
afterAll(() => tmp.remove());

/** What a refused command must not change: the submissions and the audit log. */
const written = () => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT (SELECT COUNT(*) FROM submissions) || \'/\' || (SELECT COUNT(*) FROM audit_log)').pluck().get();
  } finally {
    d.close();
  }
};
const submit = (unit: string, values: object, at: string) =>
  cli('submit', '--db', db, '--plan', 'banan-2017', '--unit', unit, '--period', '2017-09-05', '--values', JSON.stringify(values), '--received-at', at);

beforeAll(() => {
  expect(cli('init', '--db', db).code).toBe(0);
});

describe('status and submit', () => {
  it('prints the period as the README shows it: 25 expected, all missing', () => {
    const r = cli('status', '--db', db, '--plan', 'banan-2017', '--period', '2017-09-05', '--json');
    expect(r.code, r.err).toBe(0);
    const s = JSON.parse(r.out);
    expect(Object.keys(s)).toEqual(['period', 'frequency', 'expected', 'received', 'onTime', 'late', 'missing', 'rate', 'onTimeRate']);
    expect(s).toMatchObject({ period: '2017-09-05', frequency: 'daily', expected: 25, received: 0, rate: 0 });
    expect(s.missing).toHaveLength(25);
  });

  it('enters reports and status follows: one on time, one late', () => {
    expect(submit('巴南区人民医院', { 医疗收入: 120, 药品收入: 36, 卫生材料收入: 15 }, '2017-09-05 16:30').out).toContain('按时');
    expect(submit('巴南区中医院', { 医疗收入: 80, 药品收入: 30, 卫生材料收入: 9 }, '2017-09-05T17:00:01').out).toContain('迟报');
    const s = JSON.parse(cli('status', '--db', db, '--plan', 'banan-2017', '--period', '2017-09-05', '--json').out);
    expect(s).toMatchObject({ expected: 25, received: 2, onTime: 1, late: 1, rate: 0.08, onTimeRate: 0.04 });
    expect(s.missing).not.toContain('巴南区人民医院');
  });

  it('a week of the weekly phase by its ISO name', () => {
    const s = JSON.parse(cli('status', '--db', db, '--plan', 'banan-2017', '--period', '2017-W41', '--json').out);
    expect(s).toMatchObject({ period: '2017-W41', frequency: 'weekly', expected: 25 });
  });

  it('refuses bad JSON, an unknown unit and a week asked of the daily phase, leaving the file as it was', () => {
    const before = written();
    for (const r of [
      cli('submit', '--db', db, '--plan', 'banan-2017', '--unit', '巴南区人民医院', '--period', '2017-09-05', '--values', '{医疗收入:1'),
      submit('某某医院', { 医疗收入: 1 }, '2017-09-05 10:00'),
      cli('status', '--db', db, '--plan', 'banan-2017', '--period', '2017-W36'),
    ]) {
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(/^错误：/);
    }
    expect(written()).toBe(before);
  });
});

describe('indicators', () => {
  it('prints each indicator for the district and per hospital, the district from summed figures', () => {
    const r = cli('indicators', '--db', db, '--plan', 'banan-2017', '--period', '2017-09-05', '--json');
    expect(r.code, r.err).toBe(0);
    const share = JSON.parse(r.out).indicators.find((i: { indicator: string }) => i.indicator === '药占比');
    expect(share.district.value).toBeCloseTo(33);
    expect(share.district.judgement).toBe('notMet');
    expect(share.target).toMatchObject({ year: 2017, value: 30 });
    expect(share.hospitals.find((h: { name: string }) => h.name === '巴南区人民医院')).toMatchObject({ value: 30, judgement: 'notMet' });
  });
});
