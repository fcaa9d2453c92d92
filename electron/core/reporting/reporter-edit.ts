// Reporters and form fields: who reports on which form to whom, and what a form asks for.
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { RegimeSetupDto } from '../../shared/reporting';
import type { Db } from '../db/open';
import { change } from './regime-edit';
import { regimeOfId } from './regime-load';

function reporterRow(db: Db, reporterId: number) {
  const row = db.prepare('SELECT id, regime_id, unit_id, group_id, form_id FROM reporting_units WHERE id = ?').get(reporterId) as
    | { id: number; regime_id: number; unit_id: number | null; group_id: number | null; form_id: number | null } | undefined;
  if (!row) throw new AppError('not_found', '找不到该报送单位');
  return row;
}

function checkForm(db: Db, regimeId: number, formId: number): void {
  if (db.prepare('SELECT regime_id FROM report_forms WHERE id = ?').pluck().get(formId) !== regimeId) throw new AppError('not_found', '找不到该报表');
}

export function addReporter(db: Db, input: ParsedInput<'reporting:addReporter'>): RegimeSetupDto {
  const regime = regimeOfId(db, input.regimeId);
  if ((input.unitId === undefined) === (input.groupId === undefined)) throw new AppError('invalid_input', '请选择一个单位或一个工作组');
  checkForm(db, input.regimeId, input.formId);
  const exists = input.unitId !== undefined
    ? db.prepare('SELECT name FROM units WHERE id = ?').pluck().get(input.unitId)
    : db.prepare('SELECT name FROM working_groups WHERE id = ? AND plan_id = ?').pluck().get(input.groupId, regime.planId);
  if (!exists) throw new AppError('not_found', input.unitId !== undefined ? '找不到该单位' : '找不到该工作组');
  if (regime.reporters.some((r) => (input.unitId !== undefined ? r.unitId === input.unitId : r.groupId === input.groupId))) {
    throw new AppError('conflict', `“${exists as string}”已是报送单位`);
  }
  return change(db, input.regimeId, 'reporting_unit', 0, () => {
    const position = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM reporting_units WHERE regime_id = ?').pluck().get(input.regimeId);
    db.prepare('INSERT INTO reporting_units (regime_id, unit_id, group_id, position, form_id) VALUES (?, ?, ?, ?, ?)')
      .run(input.regimeId, input.unitId ?? null, input.groupId ?? null, position, input.formId);
    return { action: 'create', after: { name: exists, formId: input.formId } };
  });
}

export function updateReporter(db: Db, input: ParsedInput<'reporting:updateReporter'>): RegimeSetupDto {
  const row = reporterRow(db, input.reporterId);
  if (input.formId !== undefined) checkForm(db, row.regime_id, input.formId);
  const recipients = input.recipientUnitIds ? [...new Set(input.recipientUnitIds)] : undefined;
  for (const id of recipients ?? []) if (!db.prepare('SELECT 1 FROM units WHERE id = ?').get(id)) throw new AppError('not_found', '找不到所选的接收单位');
  const before = { formId: row.form_id, recipients: db.prepare('SELECT unit_id FROM reporter_recipients WHERE reporting_unit_id = ? ORDER BY unit_id').pluck().all(row.id) };
  return change(db, row.regime_id, 'reporting_unit', row.id, () => {
    if (input.formId !== undefined) db.prepare('UPDATE reporting_units SET form_id = ? WHERE id = ?').run(input.formId, row.id);
    if (recipients) {
      db.prepare('DELETE FROM reporter_recipients WHERE reporting_unit_id = ?').run(row.id);
      for (const id of recipients) db.prepare('INSERT INTO reporter_recipients (reporting_unit_id, unit_id) VALUES (?, ?)').run(row.id, id);
    }
    return { action: 'update', before, after: { formId: input.formId ?? row.form_id, recipients: recipients ?? before.recipients } };
  });
}

export function removeReporter(db: Db, reporterId: number): RegimeSetupDto {
  const row = reporterRow(db, reporterId);
  const n = db.prepare('SELECT COUNT(*) FROM submissions WHERE reporting_unit_id = ?').pluck().get(reporterId) as number;
  if (n > 0) throw new AppError('conflict', `该单位已有 ${n} 份报送记录，不能移除；不再报送的，可调整其报送阶段或手动设置日子`);
  return change(db, row.regime_id, 'reporting_unit', reporterId, () => {
    db.prepare('DELETE FROM reporting_units WHERE id = ?').run(reporterId);
    return { action: 'delete', before: row };
  });
}

/** A figure field gets its own data element, so formulas can name it; its code is unique. */
function newElementCode(db: Db): string {
  const n = db.prepare("SELECT COUNT(*) FROM data_elements WHERE code LIKE 'custom_%'").pluck().get() as number;
  for (let i = n + 1; ; i++) if (!db.prepare('SELECT 1 FROM data_elements WHERE code = ?').get(`custom_${i}`)) return `custom_${i}`;
}

export function addField(db: Db, input: ParsedInput<'reporting:addField'>): RegimeSetupDto {
  const regimeId = db.prepare('SELECT regime_id FROM report_forms WHERE id = ?').pluck().get(input.formId) as number | undefined;
  if (regimeId === undefined) throw new AppError('not_found', '找不到该报表');
  if (input.min != null && input.max != null && input.min > input.max) throw new AppError('invalid_input', '下限不能大于上限');
  if (db.prepare('SELECT 1 FROM form_fields WHERE form_id = ? AND label = ?').get(input.formId, input.label)) {
    throw new AppError('conflict', `本报表已有填报项“${input.label}”`);
  }
  return change(db, regimeId, 'form_field', input.formId, () => {
    let elementId: number | null = null;
    if (input.kind === 'figure') {
      elementId = Number(db.prepare(
        "INSERT INTO data_elements (code, name, unit_label, value_type, note, min_value, max_value) VALUES (?, ?, ?, 'number', ?, ?, ?)",
      ).run(newElementCode(db), input.label, input.unitLabel ?? null, input.help ?? null, input.min ?? null, input.max ?? null).lastInsertRowid);
    }
    const position = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM form_fields WHERE form_id = ?').pluck().get(input.formId);
    db.prepare('INSERT INTO form_fields (form_id, kind, data_element_id, label, position, required, help) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.formId, input.kind, elementId, input.label, position, input.required ? 1 : 0, input.help ?? null);
    return { action: 'create', after: input };
  });
}

export function updateField(db: Db, input: ParsedInput<'reporting:updateField'>): RegimeSetupDto {
  const row = db.prepare(
    `SELECT f.id, f.label, f.required, f.help, f.data_element_id, e.min_value, e.max_value, r.regime_id
     FROM form_fields f JOIN report_forms r ON r.id = f.form_id LEFT JOIN data_elements e ON e.id = f.data_element_id WHERE f.id = ?`,
  ).get(input.fieldId) as { id: number; label: string; required: number; help: string | null; data_element_id: number | null; min_value: number | null; max_value: number | null; regime_id: number } | undefined;
  if (!row) throw new AppError('not_found', '找不到该填报项');
  const min = input.min === undefined ? row.min_value : input.min;
  const max = input.max === undefined ? row.max_value : input.max;
  if (min != null && max != null && min > max) throw new AppError('invalid_input', '下限不能大于上限');
  return change(db, row.regime_id, 'form_field', row.id, () => {
    db.prepare('UPDATE form_fields SET label = ?, required = ?, help = ? WHERE id = ?').run(
      input.label ?? row.label, input.required === undefined ? row.required : input.required ? 1 : 0, input.help === undefined ? row.help : input.help, row.id,
    );
    // Bounds belong to the data element: every form that asks for the figure checks the same way.
    if (row.data_element_id !== null) db.prepare('UPDATE data_elements SET min_value = ?, max_value = ? WHERE id = ?').run(min, max, row.data_element_id);
    return { action: 'update', before: row, after: { ...input, min, max } };
  });
}
