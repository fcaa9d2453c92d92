// Entering or correcting one report. Every check runs before anything is written, so a refusal
// changes nothing; a correction replaces the values in one transaction and the audit row keeps
// both the earlier and the new values.
import { localStamp, parseStamp } from '../../shared/dates';
import { parseClerkNumber } from '../../shared/clerk-number';
import { AppError } from '../../shared/errors';
import type { FormDto, FormFieldDto, ReporterDto, SubmissionDto } from '../../shared/reporting';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { currentActor } from '../settings/settings';
import type { Period } from './periods';
import { requireRegime } from './regime-load';
import { periodIn } from './status';
import { findReporter, formOf, getSubmission, recordedSubmission } from './submission-query';

export type SubmitInput = {
  planId: string;
  reporterId?: number;
  reporterName?: string;
  period: string;
  values: Record<string, number | string | null>;
  comments?: Record<string, string>;
  receivedAt?: string;
  note?: string | null;
};

export type Value = { field: FormFieldDto; num: number | null; text: string | null; comment: string | null };
/** One entry before checking: the field, what was written for it, and the clerk's explanation. */
export type RawEntry = { field: FormFieldDto; raw: number | string | null; comment: string | null };
/** A reason to refuse, tied to the field it concerns (null: the report as a whole). */
export type Problem = { fieldId: number | null; message: string };

/** Pairs a part may not exceed: 药品收入 within 医疗收入, and the same for the comparison period. */
const notAbove: [string, string][] = [
  ['revenue_drug', 'revenue_medical'], ['revenue_material', 'revenue_medical'],
  ['revenue_drug_prior', 'revenue_medical_prior'], ['revenue_material_prior', 'revenue_medical_prior'],
];

const fieldKeys = (f: FormFieldDto, elementName: string | undefined) => [f.label, f.elementCode, elementName].filter((k): k is string => !!k);

/**
 * The one check of a report's values, for the form on screen, the CLI and imported templates:
 * numbers as clerks type them, bounds unless explained, required fields, parts within wholes.
 */
export function checkEntries(fields: FormFieldDto[], entries: RawEntry[]): { values: Value[]; problems: Problem[] } {
  const values = new Map<number, Value>();
  const problems: Problem[] = [];
  const problem = (field: FormFieldDto | null, message: string) => problems.push({ fieldId: field?.id ?? null, message });
  for (const { field, raw, comment } of entries) {
    if (raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    if (field.kind === 'narrative') {
      const text = String(raw).trim();
      if (text.length > 5000) problem(field, `${field.label}有 ${text.length} 字，不能超过 5000 字`);
      else values.set(field.id, { field, num: null, text, comment });
      continue;
    }
    const parsed = typeof raw === 'number' ? { ok: true as const, value: raw, percent: false } : parseClerkNumber(raw);
    if (!parsed.ok) {
      problem(field, `${field.label}：${parsed.reason}`);
      continue;
    }
    if (parsed.percent && field.unitLabel !== '%') {
      problem(field, `${field.label}带百分号，但本项以${field.unitLabel ?? '数值'}计，请填数值`);
      continue;
    }
    const num = parsed.value;
    const outside = (field.min !== null && num < field.min) || (field.max !== null && num > field.max);
    if (outside && !comment) {
      problem(field, `${field.label} ${num} 超出合理范围（${field.min ?? '不限'}～${field.max ?? '不限'}${field.unitLabel ?? ''}），请核实，确需填报的请说明原因`);
    }
    values.set(field.id, { field, num, text: null, comment });
  }
  for (const f of fields) if (f.required && !values.has(f.id) && !problems.some((p) => p.fieldId === f.id)) problem(f, `请填写${f.label}`);
  const byCode = new Map([...values.values()].filter((v) => v.field.elementCode).map((v) => [v.field.elementCode!, v]));
  for (const [part, whole] of notAbove) {
    const p = byCode.get(part);
    const w = byCode.get(whole);
    if (p?.num != null && w?.num != null && p.num > w.num) problem(p.field, `${p.field.label}（${p.num}）不能大于${w.field.label}（${w.num}）`);
  }
  return { values: [...values.values()], problems };
}

function readValues(db: Db, fields: FormFieldDto[], input: SubmitInput): Value[] {
  const names = new Map((db.prepare('SELECT id, name FROM data_elements').all() as { id: number; name: string }[]).map((e) => [e.id, e.name]));
  const byKey = new Map<string, FormFieldDto>();
  for (const f of fields) for (const k of fieldKeys(f, f.elementId === null ? undefined : names.get(f.elementId))) byKey.set(k, f);
  const unknown = Object.keys(input.values).filter((k) => !byKey.has(k));
  if (unknown.length) {
    throw new AppError('invalid_input', `填报项“${unknown.join('”“')}”不在本报表中。本报表的填报项：${fields.map((f) => f.label).join('、')}`);
  }
  const entries = Object.entries(input.values).map(([key, raw]): RawEntry => {
    const field = byKey.get(key)!;
    const comment = Object.entries(input.comments ?? {}).find(([k]) => byKey.get(k) === field)?.[1]?.trim() || null;
    return { field, raw, comment };
  });
  const { values, problems } = checkEntries(fields, entries);
  if (problems.length) throw new AppError('invalid_input', `未保存：${problems.map((p) => p.message).join('；')}。`);
  return values;
}

/** The time a report came in, as the clerk writes it; now when not given; never in the future. */
export function readReceivedAt(text: string | undefined): string {
  const now = localStamp();
  if (text === undefined || text.trim() === '') return now;
  const at = parseStamp(text);
  if (!at) throw new AppError('invalid_input', `收到时间“${text}”无法识别，请写成 2017-09-05 16:30 的样子`);
  if (at > now) throw new AppError('invalid_input', '收到时间不能晚于现在');
  return at;
}

export function submit(db: Db, input: SubmitInput): SubmissionDto {
  const regime = requireRegime(db, input.planId);
  const reporter = findReporter(db, regime, input);
  const period = periodIn(regime, input.period);
  if (!period.needsReport) throw new AppError('not_due', `${period.label}不需报送（${period.reason ?? '不需报送的日子'}），无需录入`);
  const form = formOf(regime, reporter);
  const values = readValues(db, form.fields, input);
  const receivedAt = readReceivedAt(input.receivedAt);
  writeSubmission(db, { planId: input.planId, reporter, form, period, values, receivedAt, note: input.note ?? null, source: 'manual', sourceFile: null });
  return getSubmission(db, { planId: input.planId, reporterId: reporter.id, period: period.start });
}

export type SubmissionWrite = {
  planId: string; reporter: ReporterDto; form: FormDto; period: Period; values: Value[]; receivedAt: string;
  note: string | null; source: 'manual' | 'import'; sourceFile: string | null;
};

/** Records one report, or replaces the one recorded for that period, in one transaction with its audit row. */
export function writeSubmission(db: Db, w: SubmissionWrite): void {
  const { reporter, form, period, values, receivedAt } = w;
  const before = recordedSubmission(db, reporter.id, form.id, period);
  const actor = currentActor(db);
  const label = (id: number) => form.fields.find((f) => f.id === id)?.label ?? String(id);
  const asRecord = (vs: { id: number; num: number | null; text: string | null; comment: string | null }[]) =>
    Object.fromEntries(vs.map((v) => [label(v.id), v.comment ? { value: v.num ?? v.text, comment: v.comment } : (v.num ?? v.text)]));
  db.transaction(() => {
    let id = before.id;
    if (id === null) {
      id = Number(db.prepare(
        `INSERT INTO submissions (reporting_unit_id, form_id, period_kind, period_start, received_at, source, source_file, note, entered_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(reporter.id, form.id, period.kind, period.start, receivedAt, w.source, w.sourceFile, w.note, localStamp()).lastInsertRowid);
    } else {
      db.prepare('UPDATE submissions SET received_at = ?, source = ?, source_file = ?, note = ?, entered_at = ? WHERE id = ?')
        .run(receivedAt, w.source, w.sourceFile, w.note, localStamp(), id);
      db.prepare('DELETE FROM submission_values WHERE submission_id = ?').run(id);
    }
    const insert = db.prepare('INSERT INTO submission_values (submission_id, field_id, value_num, value_text, comment) VALUES (?, ?, ?, ?, ?)');
    for (const v of values) insert.run(id, v.field.id, v.num, v.text, v.comment);
    writeAudit(db, {
      actor, action: before.id === null ? 'create' : 'update', entity: 'submission', entityId: id,
      before: before.id === null ? undefined : {
        receivedAt: before.receivedAt, values: asRecord(Object.entries(before.values).map(([k, v]) => ({ id: Number(k), ...v }))),
      },
      after: {
        reporter: reporter.name, period: period.code, receivedAt, ...(w.sourceFile ? { file: w.sourceFile } : {}),
        values: asRecord(values.map((v) => ({ id: v.field.id, num: v.num, text: v.text, comment: v.comment }))),
      },
    });
  })();
}
