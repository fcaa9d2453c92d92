// One plan's regime as every reporting function needs it: phases as period rules with their own
// no-report days, reporters with their forms, recipients and a phone to chase them on, and the
// forms with their fields. Everything else in core/reporting reads the regime through here.
import type { Frequency } from '../../shared/dto';
import { AppError } from '../../shared/errors';
import type { DayOverrideDto, ExemptMode, FormDto, FormFieldDto, PhaseDto, RegimeSetupDto, ReporterDto } from '../../shared/reporting';
import type { Db } from '../db/open';
import { assertPlanExists } from '../plans/plan-queries';
import { makeCalendar } from './calendar';
import { defaultDue, type PhaseRule } from './periods';

/** The regime as the screens see it (RegimeSetupDto) plus its phases as period rules. */
export type LoadedRegime = Omit<RegimeSetupDto, 'officialYears'> & { rules: PhaseRule[] };

type PhaseRow = {
  id: number; name: string; frequency: Frequency; start_on: string; end_on: string | null; due_time: string | null;
  due_weekday: number | null; week_start: number; exempt_mode: ExemptMode; text: string | null;
};

export function loadRegime(db: Db, planId: string): LoadedRegime | null {
  assertPlanExists(db, planId);
  const r = db
    .prepare(
      `SELECT g.id, g.name, g.start_on, g.incident_rule, u.name AS recipient FROM reporting_regimes g
       LEFT JOIN units u ON u.id = g.recipient_unit_id WHERE g.plan_id = ? ORDER BY g.id LIMIT 1`,
    )
    .get(planId) as { id: number; name: string; start_on: string; incident_rule: string | null; recipient: string | null } | undefined;
  if (!r) return null;
  const overrides = db
    .prepare('SELECT day, kind, reason FROM reporting_exemptions WHERE regime_id = ? ORDER BY day')
    .all(r.id) as DayOverrideDto[];
  const phases = (db.prepare('SELECT * FROM reporting_phases WHERE regime_id = ? ORDER BY start_on, position').all(r.id) as PhaseRow[]).map(
    (p): PhaseDto => ({
      id: p.id, name: p.name, frequency: p.frequency, startOn: p.start_on, endOn: p.end_on,
      dueTime: p.due_time ?? (p.frequency === 'weekly' ? defaultDue.weeklyTime : defaultDue.dailyTime),
      dueWeekday: p.due_weekday ?? defaultDue.weeklyWeekday, weekStart: p.week_start, exemptMode: p.exempt_mode, text: p.text,
    }),
  );
  const rules = phases.map((p): PhaseRule => ({ ...p, calendar: makeCalendar(p.exemptMode, overrides) }));
  const forms = loadForms(db, r.id);
  return {
    regimeId: r.id, planId, name: r.name, startOn: r.start_on, recipient: r.recipient, incidentRule: r.incident_rule,
    phases, rules, reporters: loadReporters(db, r.id, forms), forms, overrides,
  };
}

/** The regime of a plan, or a Chinese refusal when the plan has none. */
export function requireRegime(db: Db, planId: string): LoadedRegime {
  const regime = loadRegime(db, planId);
  if (!regime) throw new AppError('no_regime', '该方案没有规定信息报送制度');
  return regime;
}

/** The regime a regime id belongs to, for the editing channels. */
export function regimeOfId(db: Db, regimeId: number): LoadedRegime {
  const planId = db.prepare('SELECT plan_id FROM reporting_regimes WHERE id = ?').pluck().get(regimeId) as string | undefined;
  if (!planId) throw new AppError('not_found', '找不到该报送制度');
  return requireRegime(db, planId);
}

function loadForms(db: Db, regimeId: number): FormDto[] {
  const forms = db.prepare('SELECT id, name FROM report_forms WHERE regime_id = ? ORDER BY id').all(regimeId) as { id: number; name: string }[];
  const fields = db
    .prepare(
      `SELECT f.id, f.form_id, f.kind, f.label, f.required, f.help, e.id AS element_id, e.code, e.unit_label, e.min_value, e.max_value
       FROM form_fields f LEFT JOIN data_elements e ON e.id = f.data_element_id
       WHERE f.form_id IN (SELECT id FROM report_forms WHERE regime_id = ?) ORDER BY f.form_id, f.position, f.id`,
    )
    .all(regimeId) as {
      id: number; form_id: number; kind: 'figure' | 'narrative'; label: string; required: number; help: string | null;
      element_id: number | null; code: string | null; unit_label: string | null; min_value: number | null; max_value: number | null;
    }[];
  return forms.map((f) => ({
    ...f,
    fields: fields.filter((x) => x.form_id === f.id).map((x): FormFieldDto => ({
      id: x.id, kind: x.kind, label: x.label, elementId: x.element_id, elementCode: x.code, unitLabel: x.unit_label,
      min: x.min_value, max: x.max_value, required: x.required === 1, help: x.help,
    })),
  }));
}

function loadReporters(db: Db, regimeId: number, forms: FormDto[]): ReporterDto[] {
  const rows = db
    .prepare(
      `SELECT ru.id, ru.unit_id, ru.group_id, ru.form_id, COALESCE(u.name, g.name) AS name,
         CASE WHEN ru.group_id IS NULL
           THEN (SELECT r.phone FROM group_roster r WHERE r.unit_id = ru.unit_id AND r.phone IS NOT NULL ORDER BY r.id LIMIT 1)
           ELSE (SELECT r.phone FROM group_roster r WHERE r.group_id = ru.group_id AND r.phone IS NOT NULL
                 ORDER BY CASE r.role WHEN 'leader' THEN 0 WHEN 'deputyLeader' THEN 1 ELSE 2 END, r.id LIMIT 1) END AS contact
       FROM reporting_units ru LEFT JOIN units u ON u.id = ru.unit_id LEFT JOIN working_groups g ON g.id = ru.group_id
       WHERE ru.regime_id = ? ORDER BY ru.position, ru.id`,
    )
    .all(regimeId) as { id: number; unit_id: number | null; group_id: number | null; form_id: number | null; name: string; contact: string | null }[];
  const recipients = db
    .prepare(
      `SELECT rr.reporting_unit_id AS rid, u.id AS unitId, u.name FROM reporter_recipients rr JOIN units u ON u.id = rr.unit_id
       WHERE rr.reporting_unit_id IN (SELECT id FROM reporting_units WHERE regime_id = ?) ORDER BY u.name`,
    )
    .all(regimeId) as { rid: number; unitId: number; name: string }[];
  const formName = new Map(forms.map((f) => [f.id, f.name]));
  return rows.map((r) => ({
    id: r.id, kind: r.group_id === null ? 'unit' : 'group', name: r.name, unitId: r.unit_id, groupId: r.group_id,
    formId: r.form_id, formName: r.form_id === null ? null : (formName.get(r.form_id) ?? null),
    recipients: recipients.filter((x) => x.rid === r.id).map(({ unitId, name }) => ({ unitId, name })),
    contact: r.contact,
  }));
}
