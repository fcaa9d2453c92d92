// 报送模板: one workbook per reporting unit for a period, for the unit to fill in and send back.
// The unit and the period are filled in and locked; each input cell is unlocked, yellow, with its
// label beside it and its bounds as validation with a Chinese message; an instructions row says
// how to fill it; a very hidden, protected sheet names template, plan, unit, period and version,
// so the import knows exactly what it reads.
import type ExcelJS from 'exceljs';
import { chineseDay } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { FormFieldDto, ReporterDto } from '../../shared/reporting';
import type { Db } from '../db/open';
import { getPlanSummary } from '../plans/plan-queries';
import { frequencyLabel, type Period } from '../reporting/periods';
import { requireRegime } from '../reporting/regime-load';
import { periodIn } from '../reporting/status';
import { safeName, type ExportFile } from './exports';
import { addIdentitySheet, inputFill, newWorkbook, protectSheet, textCell, workbookBytes } from './workbook';

export const templateMark = 'yigai-report-template';
export const templateVersion = 1;
export const identitySheet = '_模板信息';
/** The row of the first input cell; labels in column A, inputs in column B. */
export const firstFieldRow = 7;

export type TemplateIdentity = {
  template: string; version: number; planId: string; regimeId: number; reporterId: number; unit: string;
  periodKind: string; periodStart: string; periodCode: string; formId: number;
  /** input row → form field id */
  fields: Record<string, number>;
};

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

function addField(ws: ExcelJS.Worksheet, row: number, f: FormFieldDto): void {
  ws.getCell(row, 1).value = textCell(f.required ? `${f.label}（必填）` : f.label);
  const input = ws.getCell(row, 2);
  input.protection = { locked: false };
  input.fill = inputFill;
  input.alignment = { wrapText: true, vertical: 'top' };
  ws.getCell(row, 3).value = textCell(f.unitLabel ?? '');
  const bounds = f.kind === 'figure' && (f.min !== null || f.max !== null) ? `合理范围 ${f.min ?? '不限'}～${f.max ?? '不限'}` : '';
  ws.getCell(row, 4).value = textCell([f.help, bounds].filter(Boolean).join('；'));
  if (f.kind === 'figure') {
    input.numFmt = '0.00';
    input.dataValidation = {
      type: 'decimal', operator: 'between', allowBlank: !f.required, showErrorMessage: true,
      formulae: [f.min ?? -1e12, f.max ?? 1e12], errorStyle: 'warning',
      errorTitle: '数值超出合理范围', error: `${f.label}应为数字${bounds ? `，${bounds}` : ''}；确实超出的，请在备注中说明原因。`,
    };
  } else {
    ws.getRow(row).height = 60;
    input.dataValidation = { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, showErrorMessage: true, formulae: [5000], error: `${f.label}不超过 5000 字` };
  }
  for (let c = 1; c <= 4; c++) {
    ws.getCell(row, c).border = border;
    if (c !== 2) ws.getCell(row, c).alignment = { wrapText: true, vertical: 'middle' };
  }
  if (f.kind === 'figure') ws.getRow(row).height = 30;
}

async function templateFor(planTitle: string, office: string, reporter: ReporterDto, period: Period, fields: FormFieldDto[], identity: Omit<TemplateIdentity, 'fields'>): Promise<ExportFile> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('报送表', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 26 }, { width: 36 }, { width: 8 }, { width: 40 }];
  ws.mergeCells('A1:D1');
  ws.getCell('A1').value = textCell(`${planTitle.match(/^(.+?[区县市])/)?.[1] ?? ''}医改工作信息${frequencyLabel[period.kind]}（报送模板）`);
  ws.getCell('A1').font = { name: '黑体', size: 16, bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:D2');
  ws.getCell('A2').value = textCell(`填写说明：请只在黄色格子中填写；数字只填数值，不带单位；金额以万元计。请于${chineseDay(period.dueAt.slice(0, 10))}${period.dueAt.slice(11, 16)}前保存后发回${office}。请勿改动表格的其他部分。`);
  ws.getCell('A2').alignment = { wrapText: true };
  ws.getRow(2).height = 36;
  const fixed: [string, string][] = [['报送单位', reporter.name], ['报送期', period.label]];
  fixed.forEach(([label, value], i) => {
    ws.getCell(3 + i, 1).value = label;
    ws.getCell(3 + i, 2).value = textCell(value);
    ws.getCell(3 + i, 1).font = { bold: true };
  });
  ws.getCell(6, 1).value = '填报项';
  ws.getCell(6, 2).value = '填写内容';
  ws.getCell(6, 3).value = '单位';
  ws.getCell(6, 4).value = '说明';
  for (let c = 1; c <= 4; c++) Object.assign(ws.getCell(6, c), { font: { bold: true }, border, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } });
  const map: Record<string, number> = {};
  fields.forEach((f, i) => {
    addField(ws, firstFieldRow + i, f);
    map[String(firstFieldRow + i)] = f.id;
  });
  await protectSheet(ws);
  const full: TemplateIdentity = { ...identity, fields: map };
  await addIdentitySheet(wb, identitySheet, full);
  return { fileName: safeName(`${reporter.name}_${period.code}_报送模板.xlsx`), data: await workbookBytes(wb) };
}

/** One template per reporter for a period that needs reports. */
export async function buildTemplates(
  db: Db, input: { planId: string; period: string; office: string },
  /** called before each reporter's template, and may stop the run (a cancelled job) */
  step: (done: number, total: number, current: string) => Promise<void> = async () => {},
  /** each template as soon as it is made, so a folder fills file by file */
  made: (file: ExportFile) => void = () => {},
): Promise<ExportFile[]> {
  const plan = getPlanSummary(db, input.planId);
  const regime = requireRegime(db, input.planId);
  const period = periodIn(regime, input.period);
  if (!period.needsReport) throw new AppError('not_due', `${period.label}不需报送（${period.reason ?? ''}），无需发模板`);
  const out: ExportFile[] = [];
  const reporters = regime.reporters.filter((r) => regime.forms.some((f) => f.id === r.formId));
  for (const [i, r] of reporters.entries()) {
    const form = regime.forms.find((f) => f.id === r.formId)!;
    await step(i, reporters.length, r.name);
    out.push(await templateFor(plan.title, input.office, r, period, form.fields, {
      template: templateMark, version: templateVersion, planId: plan.id, regimeId: regime.regimeId, reporterId: r.id, unit: r.name,
      periodKind: period.kind, periodStart: period.start, periodCode: period.code, formId: form.id,
    }));
    made(out[out.length - 1]!);
  }
  await step(reporters.length, reporters.length, '');
  return out;
}
