// A returned 报送模板 built synchronously (SheetJS), for the channel samples: the same cells and
// identity sheet the program sends, read from the database as it stands when the sample is taken.
import * as XLSX from 'xlsx';
import type { Db } from '../../electron/core/db/open';
import { firstFieldRow, identitySheet, templateMark, templateVersion } from '../../electron/core/excel/templates';

export function sampleTemplateBase64(db: Db, unit: string, day: string, typed: Record<string, number | string>): string {
  const reporter = db.prepare(
    `SELECT ru.id, ru.regime_id, ru.form_id, g.plan_id FROM reporting_units ru JOIN units u ON u.id = ru.unit_id
     JOIN reporting_regimes g ON g.id = ru.regime_id WHERE u.name = ?`,
  ).get(unit) as { id: number; regime_id: number; form_id: number; plan_id: string };
  const fields = db.prepare('SELECT id, label, required FROM form_fields WHERE form_id = ? ORDER BY position, id').all(reporter.form_id) as {
    id: number; label: string; required: number;
  }[];
  const [y, m, d] = day.split('-').map(Number);
  const rows: (string | number | null)[][] = [['医改工作信息日报（报送模板）'], ['填写说明'], ['报送单位', unit], ['报送期', `${y}年${m}月${d}日`], [], ['填报项', '填写内容']];
  const map: Record<string, number> = {};
  fields.forEach((f, i) => {
    rows[firstFieldRow - 1 + i] = [f.required ? `${f.label}（必填）` : f.label, typed[f.label] ?? null];
    map[String(firstFieldRow + i)] = f.id;
  });
  const identity = {
    template: templateMark, version: templateVersion, planId: reporter.plan_id, regimeId: reporter.regime_id, reporterId: reporter.id, unit,
    periodKind: 'daily', periodStart: day, periodCode: day, formId: reporter.form_id, fields: JSON.stringify(map),
  };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '报送表');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(Object.entries(identity)), identitySheet);
  wb.Workbook = { Sheets: [{ name: '报送表', Hidden: 0 }, { name: identitySheet, Hidden: 2 }] };
  return (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}

/** A small hand-kept division table, as an office would have it before using the program. */
export function sampleLedgerBase64(): string {
  const rows = [
    ['某区医改重点任务分工表'],
    ['序号', '重点任务', '任务分工', '牵头单位', '配合单位', '完成时限'],
    [1, '（一）推进分级诊疗', '建设紧密型医共体', '区卫生健康委', '区财政局', '2024年底前'],
    [2, '（二）深化公立医院改革', '落实薪酬制度改革', '区人力社保局', '', '全程'],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '分工表');
  return (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}

/** A filled-in 联系人 sheet as the roster export writes it: one group of banan-2017 and one unit. */
export function sampleContactsBase64(): string {
  const rows = [
    ['巴南区医改工作联系人'], ['填报单位：区医改办'], ['说明'],
    ['类别', '单位或工作组', '联系人', '职务', '办公电话', '手机'],
    ['工作组', '综合协调组', '李明', '区医改办科员', '023-66221234', '13900001111'],
    ['单位', '区财政局', '王芳', '社保科科长', '023-66225678', ''],
    ['单位', '区财政局', '赵强', '社保科科员', '', '13800002222'],
  ];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), '联系人');
  return (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64');
}
