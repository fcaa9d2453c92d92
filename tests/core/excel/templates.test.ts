// 报送模板 read back: one per reporter, unit and period filled in and locked, inputs unlocked with
// validation, and the very hidden sheet that tells the import exactly what it reads.
import ExcelJS from 'exceljs';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTemplates, firstFieldRow, identitySheet, templateMark } from '../../../electron/core/excel/templates';
import { cliAsync } from '../../helpers/cli';
import { useSeededCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-db';

const { core } = useSeededCore('templates');
const tmp = tempDir();

describe('报送模板', () => {
  it('makes one per reporter for 2017-09-06, named <单位>_<期间>_报送模板.xlsx', async () => {
    const files = await buildTemplates(core().db, { planId: 'banan-2017', period: '2017-09-06', office: '区医改办' });
    expect(files).toHaveLength(25);
    expect(files.map((f) => f.fileName)).toContain('巴南区人民医院_2017-09-06_报送模板.xlsx');
  });

  it('locks the unit and period, unlocks the inputs with bounds, and carries its identity in a very hidden sheet', async () => {
    const files = await buildTemplates(core().db, { planId: 'banan-2017', period: '2017-09-06', office: '区医改办' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files.find((f) => f.fileName.startsWith('巴南区人民医院'))!.data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('报送表')!;
    expect(ws.getCell('B3').text).toBe('巴南区人民医院');
    expect(ws.getCell('B4').text).toBe('2017年9月6日');
    expect(ws.getCell('B3').protection?.locked).not.toBe(false);
    const medical = [...Array(20).keys()].map((i) => firstFieldRow + i).find((r) => ws.getCell(r, 1).text.startsWith('医疗收入（必填）'))!;
    expect(ws.getCell(medical, 2).protection?.locked).toBe(false);
    expect(ws.getCell(medical, 2).dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100000] });
    expect(ws.getCell(medical, 2).dataValidation.error).toContain('医疗收入应为数字');
    const id = wb.getWorksheet(identitySheet)!;
    expect(id.state).toBe('veryHidden');
    const identity = Object.fromEntries(id.getSheetValues().filter(Boolean).map((row) => [(row as unknown[])[1], (row as unknown[])[2]]));
    expect(identity).toMatchObject({ template: templateMark, version: 1, planId: 'banan-2017', unit: '巴南区人民医院', periodKind: 'daily', periodStart: '2017-09-06' });
    expect(Object.keys(JSON.parse(identity.fields as string))).toContain(String(medical));
  });

  it('refuses a day that needs no report', () => {
    return expect(buildTemplates(core().db, { planId: 'banan-2017', period: '2017-10-03', office: '区医改办' })).rejects.toThrow('不需报送');
  });

  it('writes them all into a folder from the command line', async () => {
    const dir = tmp.file('模板');
    const r = await cliAsync('templates', '--db', core().db.name, '--plan', 'banan-2017', '--period', '2017-W41', '--out', dir);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('_2017-W41_报送模板.xlsx'))).toHaveLength(25);
  });
});
