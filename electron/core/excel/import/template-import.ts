// Importing returned 报送模板. Each file is identified, every value is read as the clerk typed it
// and checked by the same rules as the entry form, and the verdict is one of: imported, duplicate
// (same as recorded, nothing written), changed (differs from what is recorded, or was recognised
// only by its visible cells: the differences are shown and nothing is written until the clerk
// confirms), rejected (why, by cell). One transaction per file, so a file is all in or not at all.
import type { WorkSheet } from 'xlsx';
import { localStamp } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { CellProblem, FileResultDto, ValueChange } from '../../../shared/imports';
import type { FormFieldDto, SubmissionValue } from '../../../shared/reporting';
import type { Db } from '../../db/open';
import { checkEntries, writeSubmission, type RawEntry, type SubmissionWrite, type Value } from '../../reporting/submit';
import { recordedSubmission } from '../../reporting/submission-query';
import { assignmentIdentitySheet } from '../assignment-book';
import { readAssignmentReturn } from './assignment-return';
import { identifyTemplate, RejectedFile, type Expected } from './identify-template';
import { cellRef, checkSize, readBook, readCell } from './read-book';

/** A file to import: its name, size, when it was last saved (office time), and its bytes on demand. */
export type IncomingFile = { name: string; size: number; modifiedAt: string; read: () => Buffer };
export type TemplateImportOptions = Expected & { receivedAt?: string };
/** A verdict, and for a changed file the write that confirming it would make. */
export type TemplateVerdict = { result: FileResultDto; pending: SubmissionWrite | null };

const shown = (v: { num: number | null; text: string | null } | undefined) => (v ? (v.num !== null ? String(v.num) : (v.text ?? '')) : '');

export function readTemplate(db: Db, file: IncomingFile, options: TemplateImportOptions): TemplateVerdict {
  const result: FileResultDto = {
    file: file.name, status: 'rejected', planId: null, unit: null, period: null, periodLabel: null, receivedAt: null, errors: [], notes: [], changes: [],
  };
  try {
    checkSize(file.size);
    const book = readBook(file.read());
    // A returned 交办清单 is identified the same way, by its own identity sheet.
    const assignment = book.sheet(assignmentIdentitySheet);
    if (assignment) {
      readAssignmentReturn(db, file, book, assignment, result, options.planId);
      return { result, pending: null };
    }
    if (book.sheet('交办清单') && !book.sheet('报送表')) {
      throw new AppError('rejected', '这是交办清单，但清单信息页已丢失（文件可能被另存过），无法确定是哪份清单、哪个承办单位。请对方在原文件上填写后发回，或在“交办督办”中按表内容手工登记签收和反馈。');
    }
    const id = identifyTemplate(db, book, options);
    Object.assign(result, { planId: id.regime.planId, unit: id.reporter.name, period: id.period.code, periodLabel: id.period.label });
    if (id.fallback) result.notes.push(id.fallback);
    if (!id.period.needsReport) throw new AppError('rejected', `${id.period.label}不需报送（${id.period.reason ?? ''}）`);
    const { entries, problems } = readEntries(id.ws, id.rows);
    const checked = checkEntries(id.form.fields, entries);
    const cellOf = new Map([...id.rows].map(([row, f]) => [f.id, cellRef(row, 2)]));
    problems.push(...checked.problems.map((p) => ({ cell: p.fieldId === null ? null : (cellOf.get(p.fieldId) ?? null), message: p.message })));
    if (!problems.length && checked.values.length === 0) problems.push({ cell: null, message: '模板中没有填写任何内容' });
    if (problems.length) {
      result.errors = problems;
      return { result, pending: null };
    }
    const receivedAt = options.receivedAt ?? (file.modifiedAt < localStamp() ? file.modifiedAt : localStamp());
    result.receivedAt = receivedAt;
    const write: SubmissionWrite = {
      planId: id.regime.planId, reporter: id.reporter, form: id.form, period: id.period, values: checked.values, receivedAt,
      note: null, source: 'import', sourceFile: file.name,
    };
    const before = recordedSubmission(db, id.reporter.id, id.form.id, id.period);
    // A file recognised only by its visible cells is not written until the clerk has looked at it.
    if (before.id === null && !id.fallback) {
      writeSubmission(db, write);
      result.status = 'imported';
      return { result, pending: null };
    }
    result.changes = differences(id.form.fields, before.values, checked.values);
    result.status = result.changes.length ? 'changed' : 'duplicate';
    return { result, pending: result.changes.length ? write : null };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    result.errors = [{ cell: e instanceof RejectedFile ? e.cell : null, message: e.message }];
    return { result, pending: null };
  }
}

/** Each input cell as an entry for checkEntries; formulas and error values are refused here, by cell. */
function readEntries(ws: WorkSheet, rows: Map<number, FormFieldDto>): { entries: RawEntry[]; problems: CellProblem[] } {
  const entries: RawEntry[] = [];
  const problems: CellProblem[] = [];
  for (const [row, field] of rows) {
    const ref = cellRef(row, 2);
    const cell = readCell(ws, ref);
    if (cell.kind === 'formula') problems.push({ cell: ref, message: `${field.label}是公式（=${cell.formula.slice(0, 40)}），请填写数值本身` });
    else if (cell.kind === 'other') problems.push({ cell: ref, message: `${field.label}的内容“${cell.shown.slice(0, 20)}”无法识别，请填写${field.kind === 'figure' ? '数字' : '文字'}` });
    else if (cell.kind === 'number') {
      // A cell formatted as a percentage holds 0.253 for what the clerk typed as 25.3%.
      const raw = cell.percent ? `${Number((cell.value * 100).toPrecision(12))}%` : field.kind === 'narrative' ? String(cell.value) : cell.value;
      entries.push({ field, raw, comment: null });
    } else entries.push({ field, raw: cell.kind === 'text' ? cell.value : null, comment: null });
  }
  return { entries, problems };
}

function differences(fields: { id: number; label: string }[], before: Record<number, SubmissionValue>, after: Value[]): ValueChange[] {
  const next = new Map(after.map((v) => [v.field.id, v]));
  const out: ValueChange[] = [];
  for (const f of fields) {
    const a = shown(before[f.id]);
    const b = shown(next.get(f.id));
    if (a !== b) out.push({ label: f.label, before: a || '（空）', after: b || '（空）' });
  }
  return out;
}
