// Filling a 报送模板 the way a clerk at a hospital does: open it, read each label in column A,
// type into the yellow cell beside it, save. Values are typed as given: numbers as numbers,
// strings exactly as written (' 25.3 ', '１２０．５', '约30').
import ExcelJS from 'exceljs';
import { firstFieldRow } from '../../electron/core/excel/templates';

export type Typed = Record<string, number | string | { formula: string }>;

export async function fillTemplate(data: Buffer, typed: Typed, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('报送表')!;
  for (let row = firstFieldRow; ws.getCell(row, 1).text; row++) {
    const label = ws.getCell(row, 1).text.replace(/（必填）$/, '');
    if (!(label in typed)) continue;
    const v = typed[label]!;
    ws.getCell(row, 2).value = typeof v === 'object' ? { formula: v.formula, result: 0 } : v;
  }
  edit?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A hospital's figures for a day, as a clerk would type them. */
export const hospitalDay = (medical: number): Typed => ({
  门急诊人次: 812, 出院人次: 64, 医疗收入: medical, 药品收入: Math.round(medical * 0.33 * 100) / 100, 卫生材料收入: Math.round(medical * 0.12 * 100) / 100,
  工作进展: '按方案推进药品零差率销售。',
});
