// Returned 报送模板 imported: filled as a clerk fills them, read back into submissions the matrix
// shows; the same files again are duplicates; a changed file waits for confirmation; values
// typed the clerk's way are read where certain and refused by cell where not.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { importTemplates, overwriteChanged } from '../../../electron/core/excel/import/import-batch';
import type { IncomingFile } from '../../../electron/core/excel/import/template-import';
import { buildTemplates } from '../../../electron/core/excel/templates';
import { startJob } from '../../../electron/core/jobs';
import { buildMatrix } from '../../../electron/core/reporting/matrix';
import type { FileResultDto } from '../../../electron/shared/imports';
import { useSeededCore } from '../../helpers/core';
import { fillTemplate, hospitalDay } from '../../helpers/fill-template';

const { core } = useSeededCore('imports');
const period = '2017-09-06';
const file = (name: string, data: Buffer, modifiedAt = '2017-09-06T15:20:00'): IncomingFile => ({ name, size: data.length, modifiedAt, read: () => data });
const templates = async (p = period) => buildTemplates(core().db, { planId: 'banan-2017', period: p, office: '区医改办' });
const template = async (unit: string, p = period) => (await templates(p)).find((f) => f.fileName.startsWith(`${unit}_`))!;
const run = (files: IncomingFile[], options = {}) => importTemplates(core().db, files, { planId: 'banan-2017', ...options }, startJob(undefined));
const one = async (f: IncomingFile, options = {}): Promise<FileResultDto> => (await run([f], options)).results[0]!;
const count = (table: string) => core().db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('importing returned templates', () => {
  it('reads filled templates into submissions the matrix shows, with the file time as received time', async () => {
    const t = await templates();
    const filled = await Promise.all(['巴南区人民医院', '巴南区中医院', '重庆市第七人民医院'].map(async (unit, i) => {
      const f = t.find((x) => x.fileName.startsWith(`${unit}_`))!;
      return file(f.fileName, await fillTemplate(f.data, hospitalDay(100 + i * 10)), i === 2 ? '2017-09-06T18:05:00' : '2017-09-06T15:20:00');
    }));
    const report = await run(filled);
    expect(report.results.map((r) => [r.unit, r.status, r.errors])).toEqual([
      ['巴南区人民医院', 'imported', []], ['巴南区中医院', 'imported', []], ['重庆市第七人民医院', 'imported', []],
    ]);
    const matrix = buildMatrix(core().db, { planId: 'banan-2017', from: period, to: period, asOf: '2017-09-07' });
    const stateOf = (unit: string) => matrix.cells[matrix.reporters.findIndex((r) => r.name === unit)]![0]!.state;
    expect([stateOf('巴南区人民医院'), stateOf('巴南区中医院'), stateOf('重庆市第七人民医院')]).toEqual(['onTime', 'onTime', 'late']);
    const saved = core().db.prepare(
      `SELECT s.source, s.source_file, s.received_at, v.value_num FROM submissions s JOIN submission_values v ON v.submission_id = s.id
       JOIN form_fields f ON f.id = v.field_id WHERE f.label = '医疗收入' AND s.period_start = ? ORDER BY v.value_num`,
    ).all(period);
    expect(saved).toEqual([
      { source: 'import', source_file: '巴南区人民医院_2017-09-06_报送模板.xlsx', received_at: '2017-09-06T15:20:00', value_num: 100 },
      { source: 'import', source_file: '巴南区中医院_2017-09-06_报送模板.xlsx', received_at: '2017-09-06T15:20:00', value_num: 110 },
      { source: 'import', source_file: '重庆市第七人民医院_2017-09-06_报送模板.xlsx', received_at: '2017-09-06T18:05:00', value_num: 120 },
    ]);

    const before = [count('submissions'), count('submission_values'), count('audit_log')];
    const again = await run(filled);
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect([count('submissions'), count('submission_values'), count('audit_log')]).toEqual(before);
  });

  it('reads a template a clerk saved as Excel 97-2003 (.xls), keeping its identity sheet', async () => {
    const t = await template('巴南区妇幼保健计划生育服务中心');
    const filled = XLSX.read(await fillTemplate(t.data, hospitalDay(60)), { type: 'buffer', cellNF: true });
    const xls = XLSX.write(filled, { type: 'buffer', bookType: 'biff8' }) as Buffer;
    const r = await one(file(t.fileName.replace(/\.xlsx$/, '.xls'), xls));
    expect(r).toMatchObject({ status: 'imported', unit: '巴南区妇幼保健计划生育服务中心', notes: [], errors: [] });
  });

  it('holds a changed file with its differences until the clerk confirms', async () => {
    const t = await template('巴南区人民医院');
    const changed = file(t.fileName, await fillTemplate(t.data, { ...hospitalDay(100), 医疗收入: 105 }));
    const before = count('audit_log');
    const report = await run([changed]);
    expect(report.results[0]).toMatchObject({ status: 'changed', changes: [{ label: '医疗收入', before: '100', after: '105' }] });
    expect(count('audit_log')).toBe(before);
    expect(overwriteChanged(core().db, report.batchId, [t.fileName])[0]!.status).toBe('imported');
    expect(core().db.prepare(`SELECT value_num FROM submission_values v JOIN form_fields f ON f.id = v.field_id
      JOIN submissions s ON s.id = v.submission_id JOIN reporting_units r ON r.id = s.reporting_unit_id
      WHERE f.label = '医疗收入' AND s.period_start = ? AND r.id = (SELECT reporting_unit_id FROM submissions WHERE source_file = ? LIMIT 1)`)
      .pluck().get(period, t.fileName)).toBe(105);
    expect(() => overwriteChanged(core().db, report.batchId, [t.fileName])).toThrow(/过期/);
  });

  it('reads numbers the way clerks type them where the meaning is certain', async () => {
    const t = await template('巴南区第二人民医院');
    const typed = { 医疗收入: ' 25,300 ', 药品收入: '８３５０．５', 卫生材料收入: '3036', 门急诊人次: '１２００' };
    const r = await one(file(t.fileName, await fillTemplate(t.data, typed)));
    expect(r.errors).toEqual([]);
    expect(r.status).toBe('imported');
    const values = core().db.prepare(`SELECT f.label, v.value_num FROM submission_values v JOIN form_fields f ON f.id = v.field_id
      JOIN submissions s ON s.id = v.submission_id WHERE s.source_file = ? ORDER BY f.position`).all(t.fileName);
    expect(values).toEqual([
      { label: '门急诊人次', value_num: 1200 }, { label: '医疗收入', value_num: 25300 }, { label: '药品收入', value_num: 8350.5 }, { label: '卫生材料收入', value_num: 3036 },
    ]);
  });

  it('refuses, by cell, what is not certain, and writes nothing of that file', async () => {
    const t = await template('巴南区皮肤病防治院');
    const typed = { ...hospitalDay(90), 医疗收入: '约30', 药品收入: '二十', 卫生材料收入: '25.3%', 门急诊人次: { formula: 'SUM(1,2)' } };
    const before = [count('submissions'), count('audit_log')];
    const r = await one(file(t.fileName, await fillTemplate(t.data, typed)));
    expect(r.status).toBe('rejected');
    expect(r.errors).toEqual([
      { cell: 'B7', message: '门急诊人次是公式（=SUM(1,2)），请填写数值本身' },
      { cell: 'B9', message: '医疗收入：“约30”不是确切的数，请填确切数值' },
      { cell: 'B10', message: '药品收入：“二十”是汉字数字，请改填阿拉伯数字' },
      { cell: 'B11', message: '卫生材料收入带百分号，但本项以万元计，请填数值' },
    ]);
    expect([count('submissions'), count('audit_log')]).toEqual(before);
  });
});

describe('hostile files', () => {
  const cases: [string, () => Promise<IncomingFile>, object, RegExp][] = [
    ['a template of another plan', async () => { const t = await template('巴南区人民医院'); return file(t.fileName, await fillTemplate(t.data, hospitalDay(80))); },
      { planId: 'lizhou-2017' }, /另一个方案（banan-2017）的模板/],
    ['a template of another period', async () => { const t = await template('巴南区人民医院', '2017-09-07'); return file(t.fileName, await fillTemplate(t.data, hospitalDay(80))); },
      { period: period }, /这是2017年9月7日的模板，当前导入的是2017年9月6日/],
    ['not a workbook', async () => file('通知.xlsx', Buffer.from('这不是表格，是一段文字。\n')), {}, /不是 Excel 工作簿/],
    ['a truncated file', async () => { const t = await template('巴南区中医院'); return file(t.fileName, t.data.subarray(0, Math.floor(t.data.length / 2))); }, {}, /不完整或已损坏/],
    ['a 50 MB file', async () => ({ name: '大文件.xlsx', size: 50 * 1024 * 1024, modifiedAt: '2017-09-06T15:00:00', read: () => { throw new Error('must not be read'); } }), {}, /50\.0 MB/],
    ['a cell of 100,000 characters', async () => { const t = await template('巴南区中医院'); return file(t.fileName, await fillTemplate(t.data, { ...hospitalDay(80), 工作进展: '进'.repeat(100_000) })); },
      {}, /B\d+：?.*100000 字|工作进展有 100000 字/],
    ['formulas in input cells', async () => { const t = await template('巴南区中医院'); return file(t.fileName, await fillTemplate(t.data, { ...hospitalDay(80), 医疗收入: { formula: 'B7*2' } })); }, {}, /医疗收入是公式/],
    ['__proto__ and constructor as labels', async () => {
      const t = await template('巴南区中医院');
      return file(t.fileName, await fillTemplate(t.data, hospitalDay(80), (wb) => { wb.getWorksheet('报送表')!.getCell('A7').value = '__proto__'; wb.getWorksheet('报送表')!.getCell('A8').value = 'constructor'; }));
    }, {}, /此行应为“门急诊人次”，却是“__proto__”/],
    ['__proto__ and constructor as labels in a template without its identity sheet', async () => {
      const t = await template('巴南区中医院');
      return file(t.fileName, await fillTemplate(t.data, hospitalDay(80), (wb) => {
        wb.removeWorksheet(wb.getWorksheet('_模板信息')!.id);
        wb.getWorksheet('报送表')!.getCell('A7').value = '__proto__';
        wb.getWorksheet('报送表')!.getCell('A8').value = 'constructor';
      }));
    }, {}, /填报项“__proto__”不在医院运行信息报表中/],
  ];
  it.each(cases)('%s gets a clear Chinese message and writes nothing', async (_what, make, options, message) => {
    const before = [count('submissions'), count('submission_values'), count('audit_log')];
    const r = await one(await make(), options);
    expect(r.status).toBe('rejected');
    expect(r.errors.map((e) => `${e.cell ?? ''}：${e.message}`).join('\n')).toMatch(message);
    expect([count('submissions'), count('submission_values'), count('audit_log')]).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a re-saved template without its identity sheet is recognised by its cells and waits for confirmation', async () => {
    const t = await template('重庆南郊医院');
    const resaved = await fillTemplate(t.data, hospitalDay(70), (wb) => wb.removeWorksheet(wb.getWorksheet('_模板信息')!.id));
    const before = count('submissions');
    const report = await run([file(t.fileName, resaved)]);
    const r = report.results[0]!;
    expect(r).toMatchObject({ status: 'changed', unit: '重庆南郊医院', period: period });
    expect(r.notes[0]).toMatch(/模板信息页已丢失/);
    expect(r.changes).toContainEqual({ label: '医疗收入', before: '（空）', after: '70' });
    expect(count('submissions')).toBe(before);
    overwriteChanged(core().db, report.batchId, [t.fileName]);
    expect(count('submissions')).toBe(before + 1);
  });

  it('an empty template is refused as unfilled', async () => {
    const t = await template('文件组');
    expect((await one(file(t.fileName, t.data))).errors).toEqual([{ cell: null, message: '模板中没有填写任何内容' }]);
  });
});
