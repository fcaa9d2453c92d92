// `import`: returned templates from the command line, one JSON line per file, non-zero exit when
// any file was rejected, changed files written only with --confirm; progress on stderr.
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliAsync } from '../helpers/cli';
import { useSeededCore } from '../helpers/core';
import { fillTemplate, hospitalDay } from '../helpers/fill-template';
import { tempDir } from '../helpers/temp-db';

const { core } = useSeededCore('import-cli');
const tmp = tempDir();
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; status: string; unit: string; period: string; errors: { cell: string | null; message: string }[] });

describe('import from the command line', () => {
  it('imports returned templates, reports each file, and exits non-zero when one is rejected', async () => {
    const sent = tmp.file('sent');
    const made = await cliAsync('templates', '--db', core().db.name, '--plan', 'banan-2017', '--period', '2017-09-11', '--out', sent);
    expect(made.code, made.err).toBe(0);
    const back = tmp.file('returned');
    mkdirSync(back);
    for (const [unit, medical] of [['巴南区人民医院', 130], ['巴南区中医院', 90]] as const) {
      const name = `${unit}_2017-09-11_报送模板.xlsx`;
      writeFileSync(join(back, name), await fillTemplate(readFileSync(join(sent, name)), hospitalDay(medical)));
      utimesSync(join(back, name), new Date(2017, 8, 11, 15, 0), new Date(2017, 8, 11, 15, 0)); // the office's clock
    }
    writeFileSync(join(back, '说明.xlsx'), '请查收');

    const first = await cliAsync('import', '--db', core().db.name, back);
    expect(first.code).toBe(1);
    expect(lines(first.out).map((r) => [r.file, r.status, r.unit, r.period])).toEqual([
      ['巴南区人民医院_2017-09-11_报送模板.xlsx', 'imported', '巴南区人民医院', '2017-09-11'],
      ['巴南区中医院_2017-09-11_报送模板.xlsx', 'imported', '巴南区中医院', '2017-09-11'],
      ['说明.xlsx', 'rejected', null, null],
    ]);
    expect(lines(first.out)[2]!.errors[0]!.message).toMatch(/不是 Excel 工作簿/);
    expect(first.err).toContain('[1/3] 巴南区人民医院_2017-09-11_报送模板.xlsx');
    const received = core().db.prepare("SELECT received_at FROM submissions WHERE source_file = '巴南区中医院_2017-09-11_报送模板.xlsx'").pluck().get();
    expect(received).toBe('2017-09-11T15:00:00');

    const again = await cliAsync('import', '--db', core().db.name, join(back, '巴南区人民医院_2017-09-11_报送模板.xlsx'), join(back, '巴南区中医院_2017-09-11_报送模板.xlsx'));
    expect(again.code).toBe(0);
    expect(lines(again.out).map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
  });

  it('leaves a changed file unwritten until --confirm', async () => {
    const file = tmp.file('巴南区人民医院_2017-09-11_改.xlsx');
    const sent = readFileSync(join(tmp.file('sent'), '巴南区人民医院_2017-09-11_报送模板.xlsx'));
    writeFileSync(file, await fillTemplate(sent, { ...hospitalDay(130), 医疗收入: 131 }));
    const held = await cliAsync('import', '--db', core().db.name, '--received-at', '2017-09-11 16:00', file);
    expect(held.code).toBe(0);
    expect(lines(held.out)[0]).toMatchObject({ status: 'changed' });
    expect(held.err).toContain('--confirm');
    const medical = () => core().db.prepare(`SELECT v.value_num FROM submission_values v JOIN form_fields f ON f.id = v.field_id JOIN submissions s ON s.id = v.submission_id
      WHERE f.label = '医疗收入' AND s.period_start = '2017-09-11' AND s.source_file LIKE '巴南区人民医院%'`).pluck().get();
    expect(medical()).toBe(130);
    const confirmed = await cliAsync('import', '--db', core().db.name, '--received-at', '2017-09-11 16:00', '--confirm', file);
    expect(lines(confirmed.out)[0]).toMatchObject({ status: 'imported' });
    expect(medical()).toBe(131);
  });
});
