// Indicators for a period or a date range: computed ones per hospital and for the district from
// the figures hospitals reported, entered ones from their latest value, each judged against its
// target. The indicator screen, the weekly summary, the dashboard and the CLI all call this.
import { AppError } from '../../shared/errors';
import type { IndicatorRowDto, IndicatorsDto, TargetDto } from '../../shared/reporting';
import type { Db } from '../db/open';
import { assertPlanExists } from '../plans/plan-queries';
import { loadRegime, type LoadedRegime } from '../reporting/regime-load';
import { districtFigures, evaluate, formulaText, judge, targetFor, type Figures, type Formula, type Term } from './formula';

export type IndicatorDef = {
  id: number; code: string; category: string | null; name: string; unitLabel: string | null; direction: IndicatorRowDto['direction'];
  baseline: IndicatorRowDto['baseline']; targets: TargetDto[]; formula: Formula | null;
};

export function indicatorDefs(db: Db, planId: string): IndicatorDef[] {
  const rows = db.prepare(
    `SELECT id, code, category, name, unit_label, direction, baseline_year, baseline_text, baseline_value, scale
     FROM indicators WHERE plan_id = ? ORDER BY position, id`,
  ).all(planId) as {
    id: number; code: string; category: string | null; name: string; unit_label: string | null; direction: IndicatorRowDto['direction'];
    baseline_year: number | null; baseline_text: string | null; baseline_value: number | null; scale: number | null;
  }[];
  const targets = db.prepare(
    'SELECT t.indicator_id, t.year, t.text, t.value, t.comparator FROM indicator_targets t JOIN indicators i ON i.id = t.indicator_id WHERE i.plan_id = ? ORDER BY t.year',
  ).all(planId) as (TargetDto & { indicator_id: number })[];
  const terms = db.prepare(
    `SELECT x.indicator_id, x.data_element_id AS elementId, e.name, x.role, x.sign FROM indicator_inputs x
     JOIN indicators i ON i.id = x.indicator_id JOIN data_elements e ON e.id = x.data_element_id WHERE i.plan_id = ?
     ORDER BY x.role DESC, x.sign DESC, x.rowid`,
  ).all(planId) as (Term & { indicator_id: number })[];
  return rows.map((r) => {
    const own = terms.filter((t) => t.indicator_id === r.id).map(({ elementId, name, role, sign }) => ({ elementId, name, role, sign }));
    return {
      id: r.id, code: r.code, category: r.category, name: r.name, unitLabel: r.unit_label, direction: r.direction,
      baseline: { year: r.baseline_year, text: r.baseline_text, value: r.baseline_value },
      targets: targets.filter((t) => t.indicator_id === r.id).map(({ year, text, value, comparator }) => ({ year, text, value, comparator })),
      formula: r.scale !== null && own.length > 0 ? { scale: r.scale, terms: own } : null,
    };
  });
}

export type Hospital = { unitId: number; name: string };

/** The reporters whose form asks for figures: the hospitals, in the regime's order. */
export function hospitalsOf(regime: LoadedRegime): Hospital[] {
  const figureForms = new Set(regime.forms.filter((f) => f.fields.some((x) => x.kind === 'figure')).map((f) => f.id));
  return regime.reporters.filter((r) => r.unitId !== null && r.formId !== null && figureForms.has(r.formId)).map((r) => ({ unitId: r.unitId!, name: r.name }));
}

/** Each hospital's figures summed over the submissions of periods starting in [from, to]. */
export function figuresByHospital(db: Db, regimeId: number, from: string, to: string): Map<number, Map<number, number>> {
  const rows = db.prepare(
    `SELECT ru.unit_id AS unitId, f.data_element_id AS elementId, SUM(v.value_num) AS total
     FROM submissions s JOIN reporting_units ru ON ru.id = s.reporting_unit_id
     JOIN submission_values v ON v.submission_id = s.id JOIN form_fields f ON f.id = v.field_id
     WHERE ru.regime_id = ? AND s.period_start BETWEEN ? AND ? AND ru.unit_id IS NOT NULL AND f.data_element_id IS NOT NULL AND v.value_num IS NOT NULL
     GROUP BY ru.unit_id, f.data_element_id`,
  ).all(regimeId, from, to) as { unitId: number; elementId: number; total: number }[];
  const out = new Map<number, Map<number, number>>();
  for (const r of rows) {
    if (!out.has(r.unitId)) out.set(r.unitId, new Map());
    out.get(r.unitId)!.set(r.elementId, r.total);
  }
  return out;
}

type Entered = { unitId: number | null; value: number };
/** Each entered indicator's latest value on or before a day, for the district (unit null) and per unit. */
function enteredValues(db: Db, planId: string, to: string): Map<number, Entered[]> {
  const rows = db.prepare(
    `SELECT v.indicator_id, v.unit_id AS unitId, v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id
     WHERE i.plan_id = ? AND v.as_of <= ? AND v.as_of = (
       SELECT MAX(w.as_of) FROM indicator_values w WHERE w.indicator_id = v.indicator_id AND w.unit_id IS v.unit_id AND w.as_of <= ?)`,
  ).all(planId, to, to) as { indicator_id: number; unitId: number | null; value: number }[];
  const out = new Map<number, Entered[]>();
  for (const r of rows) out.set(r.indicator_id, [...(out.get(r.indicator_id) ?? []), { unitId: r.unitId, value: r.value }]);
  return out;
}

export function computeIndicators(db: Db, input: { planId: string; from: string; to: string; label?: string }): IndicatorsDto {
  const { planId, from, to } = input;
  assertPlanExists(db, planId);
  if (to < from) throw new AppError('bad_range', '结束日期不能早于开始日期');
  const regime = loadRegime(db, planId);
  const hospitals = regime ? hospitalsOf(regime) : [];
  const figures = regime ? figuresByHospital(db, regime.regimeId, from, to) : new Map<number, Map<number, number>>();
  const entered = enteredValues(db, planId, to);
  // Names of the units entered values belong to, not of every unit in a city's database.
  const enteredUnits = [...new Set([...entered.values()].flat().map((v) => v.unitId).filter((id) => id !== null))];
  const unitNames = new Map(
    (enteredUnits.length ? db.prepare('SELECT id, name FROM units WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(enteredUnits)) as { id: number; name: string }[] : [])
      .map((u) => [u.id, u.name]),
  );
  const year = Number(to.slice(0, 4));
  const rows = indicatorDefs(db, planId).map((d): IndicatorRowDto => {
    const target = targetFor(d.targets, year);
    const judged = (value: number | null) => ({ value, judgement: judge(value, target, d.direction) });
    let district: number | null;
    let byUnit: IndicatorRowDto['byUnit'];
    if (d.formula) {
      const f = d.formula;
      const empty: Figures = new Map();
      byUnit = hospitals.map((h) => ({ unitId: h.unitId, name: h.name, ...judged(evaluate(f, figures.get(h.unitId) ?? empty)) }));
      district = evaluate(f, districtFigures(f, hospitals.map((h) => figures.get(h.unitId) ?? empty)));
    } else {
      const values = entered.get(d.id) ?? [];
      district = values.find((v) => v.unitId === null)?.value ?? null;
      byUnit = values.filter((v) => v.unitId !== null).map((v) => ({ unitId: v.unitId!, name: unitNames.get(v.unitId!) ?? '', ...judged(v.value) }));
    }
    return {
      indicatorId: d.id, code: d.code, category: d.category, name: d.name, unitLabel: d.unitLabel, direction: d.direction,
      formula: d.formula ? formulaText(d.formula) : null, baseline: d.baseline, target, targets: d.targets,
      district: judged(district), byUnit,
    };
  });
  return { planId, from, to, label: input.label ?? (from === to ? from : `${from} 至 ${to}`), rows };
}
