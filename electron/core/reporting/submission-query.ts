// One reporter's report for one period: its form, the values saved so far and its state.
import { AppError } from '../../shared/errors';
import type { FormDto, ReporterDto, SubmissionDto, SubmissionValue } from '../../shared/reporting';
import type { Db } from '../db/open';
import { momentOf } from './matrix';
import { judgeSubmission, type Period } from './periods';
import { requireRegime, type LoadedRegime } from './regime-load';
import { periodIn } from './status';

/** A reporter of the regime by id, or by its name, a name its plans write, or its group's name. */
export function findReporter(db: Db, regime: LoadedRegime, ref: { reporterId?: number; reporterName?: string }): ReporterDto {
  if (ref.reporterId !== undefined) {
    const r = regime.reporters.find((x) => x.id === ref.reporterId);
    if (!r) throw new AppError('not_found', '该单位不是本报送制度的报送单位');
    return r;
  }
  const name = ref.reporterName?.trim();
  if (!name) throw new AppError('invalid_input', '请指定报送单位');
  const byName = regime.reporters.find((x) => x.name === name);
  if (byName) return byName;
  const unitIds = db.prepare('SELECT unit_id FROM unit_aliases WHERE alias = ?').pluck().all(name) as number[];
  const byAlias = regime.reporters.find((x) => x.unitId !== null && unitIds.includes(x.unitId));
  if (byAlias) return byAlias;
  throw new AppError('not_found', `“${name}”不是本报送制度的报送单位（共 ${regime.reporters.length} 个，可在“报送制度”中查看）`);
}

/** The reporter's form, or a Chinese refusal when none is assigned yet. */
export function formOf(regime: LoadedRegime, reporter: ReporterDto): FormDto {
  const form = regime.forms.find((f) => f.id === reporter.formId);
  if (!form) throw new AppError('no_form', `${reporter.name}尚未指定报表，请在“报送制度”中为其选择报表`);
  return form;
}

/** What is recorded for one reporter, form and period: its row and values, or nothing (id null). */
export function recordedSubmission(db: Db, reporterId: number, formId: number, period: Pick<Period, 'kind' | 'start'>): {
  id: number | null; receivedAt: string | null; note: string | null; values: Record<number, SubmissionValue>;
} {
  const row = db
    .prepare('SELECT id, received_at, note FROM submissions WHERE reporting_unit_id = ? AND form_id = ? AND period_kind = ? AND period_start = ?')
    .get(reporterId, formId, period.kind, period.start) as { id: number; received_at: string; note: string | null } | undefined;
  const values: Record<number, SubmissionValue> = {};
  if (row) {
    const rows = db.prepare('SELECT field_id, value_num, value_text, comment FROM submission_values WHERE submission_id = ?').all(row.id) as {
      field_id: number; value_num: number | null; value_text: string | null; comment: string | null;
    }[];
    for (const v of rows) values[v.field_id] = { num: v.value_num, text: v.value_text, comment: v.comment };
  }
  return { id: row?.id ?? null, receivedAt: row?.received_at ?? null, note: row?.note ?? null, values };
}

export function getSubmission(db: Db, input: { planId: string; reporterId?: number; reporterName?: string; period: string; asOf?: string }): SubmissionDto {
  const regime = requireRegime(db, input.planId);
  const reporter = findReporter(db, regime, input);
  const period = periodIn(regime, input.period);
  const form = formOf(regime, reporter);
  const recorded = recordedSubmission(db, reporter.id, form.id, period);
  return {
    ...recorded, planId: input.planId, reporter, period, form,
    state: judgeSubmission(period, recorded.receivedAt, momentOf(input.asOf)),
  };
}
