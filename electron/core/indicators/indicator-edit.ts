// Trends over periods, entered values, new formula indicators and the list of data elements.
import type { ParsedInput } from '../../shared/contract';
import type { IndicatorDto } from '../../shared/dto';
import { daysBetween, localStamp } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { DataElementDto, IndicatorsDto, TrendDto } from '../../shared/reporting';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { assertPlanExists } from '../plans/plan-queries';
import { currentActor } from '../settings/settings';
import { makeCalendar } from '../reporting/calendar';
import { listPeriods } from '../reporting/periods';
import { requireRegime } from '../reporting/regime-load';
import { computeIndicators, hospitalsOf, indicatorDefs } from './compute';
import { districtFigures, evaluate, targetFor, type Figures } from './formula';
import { listIndicators } from './indicator-queries';

/** One line per hospital and a district line, a point per period of the regime in [from, to]. */
export function indicatorTrend(db: Db, input: { planId: string; indicatorId: number; from: string; to: string }): TrendDto {
  if (input.to < input.from || daysBetween(input.from, input.to) > 800) throw new AppError('bad_range', '趋势区间应在 800 天以内，且结束不早于开始');
  const regime = requireRegime(db, input.planId);
  const def = indicatorDefs(db, input.planId).find((d) => d.id === input.indicatorId);
  if (!def) throw new AppError('not_found', '找不到该指标');
  if (!def.formula) throw new AppError('not_computed', `“${def.name}”是录入的指标，没有按报送期计算的趋势`);
  const periods = listPeriods(regime.rules, makeCalendar('none'), input.from, input.to).filter((p) => p.needsReport);
  const hospitals = hospitalsOf(regime);
  const first = periods[0]?.start ?? input.from;
  // One query for the whole range, split by period start in memory.
  const rows = db.prepare(
    `SELECT s.period_start AS start, ru.unit_id AS unitId, f.data_element_id AS elementId, SUM(v.value_num) AS total
     FROM submissions s JOIN reporting_units ru ON ru.id = s.reporting_unit_id JOIN submission_values v ON v.submission_id = s.id
     JOIN form_fields f ON f.id = v.field_id
     WHERE ru.regime_id = ? AND s.period_start BETWEEN ? AND ? AND f.data_element_id IS NOT NULL AND v.value_num IS NOT NULL
     GROUP BY 1, 2, 3`,
  ).all(regime.regimeId, first, input.to) as { start: string; unitId: number; elementId: number; total: number }[];
  const byKey = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const k = `${r.start}|${r.unitId}`;
    if (!byKey.has(k)) byKey.set(k, new Map());
    byKey.get(k)!.set(r.elementId, r.total);
  }
  const empty: Figures = new Map();
  const f = def.formula;
  const at = (start: string, unitId: number) => byKey.get(`${start}|${unitId}`) ?? empty;
  return {
    indicatorId: def.id, name: def.name, unitLabel: def.unitLabel, target: targetFor(def.targets, Number(input.to.slice(0, 4))),
    periods: periods.map((p) => ({ code: p.code, label: p.label, start: p.start, end: p.end })),
    series: [
      ...hospitals.map((h) => ({ unitId: h.unitId, name: h.name, values: periods.map((p) => evaluate(f, at(p.start, h.unitId))) })),
      { unitId: null, name: '全区', values: periods.map((p) => evaluate(f, districtFigures(f, hospitals.map((h) => at(p.start, h.unitId))))) },
    ],
  };
}

export function listElements(db: Db): DataElementDto[] {
  return (db.prepare('SELECT id, code, name, unit_label, min_value, max_value, note FROM data_elements ORDER BY id').all() as {
    id: number; code: string; name: string; unit_label: string | null; min_value: number | null; max_value: number | null; note: string | null;
  }[]).map((e) => ({ id: e.id, code: e.code, name: e.name, unitLabel: e.unit_label, min: e.min_value, max: e.max_value, note: e.note }));
}

export function setIndicatorValue(db: Db, input: ParsedInput<'indicators:setValue'>): IndicatorsDto {
  const ind = db.prepare('SELECT plan_id, name, scale FROM indicators WHERE id = ?').get(input.indicatorId) as { plan_id: string; name: string; scale: number | null } | undefined;
  if (!ind) throw new AppError('not_found', '找不到该指标');
  if (ind.scale !== null) throw new AppError('not_entered', `“${ind.name}”由报送数据计算，不能直接录入`);
  const unitId = input.unitId ?? null;
  if (unitId !== null && !db.prepare('SELECT 1 FROM units WHERE id = ?').get(unitId)) throw new AppError('not_found', '找不到该单位');
  const before = db.prepare('SELECT value, note FROM indicator_values WHERE indicator_id = ? AND unit_id IS ? AND as_of = ?').get(input.indicatorId, unitId, input.asOf);
  if (input.value === null && !before) throw new AppError('not_found', '该日没有录入的值');
  db.transaction(() => {
    db.prepare('DELETE FROM indicator_values WHERE indicator_id = ? AND unit_id IS ? AND as_of = ?').run(input.indicatorId, unitId, input.asOf);
    if (input.value !== null) {
      db.prepare('INSERT INTO indicator_values (indicator_id, unit_id, as_of, value, note, entered_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.indicatorId, unitId, input.asOf, input.value, input.note ?? null, localStamp());
    }
    writeAudit(db, {
      actor: currentActor(db), action: input.value === null ? 'delete' : before ? 'update' : 'create', entity: 'indicator_value', entityId: input.indicatorId,
      before, after: input.value === null ? undefined : { indicator: ind.name, unitId, asOf: input.asOf, value: input.value, note: input.note ?? null },
    });
  })();
  return computeIndicators(db, { planId: ind.plan_id, from: input.asOf, to: input.asOf });
}

export function createIndicator(db: Db, input: ParsedInput<'indicators:create'>): IndicatorDto {
  assertPlanExists(db, input.planId);
  if (db.prepare('SELECT 1 FROM indicators WHERE plan_id = ? AND name = ?').get(input.planId, input.name)) throw new AppError('conflict', `本方案已有指标“${input.name}”`);
  const terms = [...input.numerator.map((t) => ({ ...t, role: 'numerator' })), ...input.denominator.map((t) => ({ ...t, role: 'denominator' }))];
  for (const t of terms) if (!db.prepare('SELECT 1 FROM data_elements WHERE id = ?').get(t.elementId)) throw new AppError('not_found', '找不到所选的数据项');
  const seen = new Set(terms.map((t) => `${t.role}|${t.elementId}`));
  if (seen.size !== terms.length) throw new AppError('invalid_input', '同一数据项在分子或分母中只能出现一次');
  let id = 0;
  db.transaction(() => {
    const position = db.prepare('SELECT COALESCE(MAX(position), -1) + 1 FROM indicators WHERE plan_id = ?').pluck().get(input.planId);
    // The number shown follows the plan's own count, whatever positions the seed started from.
    const code = String((db.prepare('SELECT COUNT(*) FROM indicators WHERE plan_id = ?').pluck().get(input.planId) as number) + 1);
    id = Number(db.prepare(
      'INSERT INTO indicators (plan_id, code, position, category, name, unit_label, direction, scale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(input.planId, code, position, input.category ?? null, input.name, input.unitLabel ?? null, input.direction, input.scale ?? 1).lastInsertRowid);
    const add = db.prepare('INSERT INTO indicator_inputs (indicator_id, data_element_id, role, sign) VALUES (?, ?, ?, ?)');
    for (const t of terms) add.run(id, t.elementId, t.role, t.sign ?? 1);
    if (input.target) {
      db.prepare('INSERT INTO indicator_targets (indicator_id, year, text, value, comparator) VALUES (?, ?, ?, ?, NULL)')
        .run(id, input.target.year, `${input.target.value}${input.unitLabel ?? ''}`, input.target.value);
    }
    writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'indicator', entityId: id, after: input });
  })();
  return listIndicators(db, input.planId).find((i) => i.id === id)!;
}
