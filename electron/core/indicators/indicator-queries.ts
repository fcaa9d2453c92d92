// A plan's monitoring indicators with baselines and targets as written.
import type { IndicatorDto } from '../../shared/dto';
import type { Db } from '../db/open';
import { assertPlanExists, groupBy } from '../plans/plan-queries';

export function listIndicators(db: Db, planId: string): IndicatorDto[] {
  assertPlanExists(db, planId);
  const rows = db
    .prepare(
      `SELECT id, code, position, category, name, unit_label, direction, baseline_year, baseline_text, baseline_value,
              responsible_units_text, note FROM indicators WHERE plan_id = ? ORDER BY position`,
    )
    .all(planId) as {
    id: number; code: string; position: number; category: string | null; name: string; unit_label: string | null;
    direction: IndicatorDto['direction']; baseline_year: number | null; baseline_text: string | null;
    baseline_value: number | null; responsible_units_text: string | null; note: string | null;
  }[];
  const targets = groupBy(
    db.prepare(
      `SELECT t.indicator_id, t.year, t.text, t.value, t.comparator FROM indicator_targets t
       JOIN indicators i ON i.id = t.indicator_id WHERE i.plan_id = ? ORDER BY t.year`,
    ).all(planId) as { indicator_id: number; year: number; text: string; value: number | null; comparator: string | null }[],
    (t) => t.indicator_id,
  );
  const units = groupBy(
    db.prepare(
      `SELECT iu.indicator_id, iu.written_name AS name FROM indicator_units iu JOIN units u ON u.id = iu.unit_id
       JOIN indicators i ON i.id = iu.indicator_id WHERE i.plan_id = ? ORDER BY iu.position`,
    ).all(planId) as { indicator_id: number; name: string }[],
    (u) => u.indicator_id,
  );
  return rows.map((r) => ({
    id: r.id, code: r.code, position: r.position, category: r.category, name: r.name, unitLabel: r.unit_label,
    direction: r.direction,
    baseline: r.baseline_year === null ? null : { year: r.baseline_year, text: r.baseline_text ?? '', value: r.baseline_value },
    targets: (targets.get(r.id) ?? []).map((t) => ({ year: t.year, text: t.text, value: t.value, comparator: t.comparator })),
    responsibleUnitsText: r.responsible_units_text,
    responsibleUnits: (units.get(r.id) ?? []).map((u) => u.name),
    note: r.note,
  }));
}
