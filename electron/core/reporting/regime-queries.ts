// The reporting regime of a plan: phases, reporters, recipients of the compiled summaries.
import type { RegimeDto } from '../../shared/dto';
import type { Db } from '../db/open';
import { assertPlanExists } from '../plans/plan-queries';

export function getRegime(db: Db, planId: string): RegimeDto | null {
  assertPlanExists(db, planId);
  const r = db
    .prepare(
      `SELECT g.id, g.name, g.start_on, g.text, g.incident_rule, u.name AS recipient FROM reporting_regimes g
       LEFT JOIN units u ON u.id = g.recipient_unit_id WHERE g.plan_id = ? ORDER BY g.id LIMIT 1`,
    )
    .get(planId) as
    | { id: number; name: string; start_on: string; text: string; incident_rule: string | null; recipient: string | null }
    | undefined;
  if (!r) return null;
  const phases = db
    .prepare(
      `SELECT name, frequency, start_on, end_on, due_time, text FROM reporting_phases WHERE regime_id = ? ORDER BY position`,
    )
    .all(r.id) as { name: string; frequency: RegimeDto['phases'][number]['frequency']; start_on: string; end_on: string | null; due_time: string | null; text: string | null }[];
  const reporters = db
    .prepare(
      `SELECT CASE WHEN ru.unit_id IS NULL THEN 'group' ELSE 'unit' END AS kind, COALESCE(u.name, g.name) AS name
       FROM reporting_units ru LEFT JOIN units u ON u.id = ru.unit_id LEFT JOIN working_groups g ON g.id = ru.group_id
       WHERE ru.regime_id = ? ORDER BY ru.position`,
    )
    .all(r.id) as RegimeDto['reportingUnits'];
  const summaries = db
    .prepare('SELECT id, frequency, text FROM regime_summaries WHERE regime_id = ? ORDER BY position')
    .all(r.id) as { id: number; frequency: RegimeDto['phases'][number]['frequency']; text: string }[];
  const recipients = db.prepare(
    'SELECT u.name FROM summary_recipients s JOIN units u ON u.id = s.unit_id WHERE s.summary_id = ? ORDER BY u.id',
  );
  return {
    id: r.id, name: r.name, startOn: r.start_on, text: r.text, recipient: r.recipient, incidentRule: r.incident_rule,
    phases: phases.map((p) => ({ name: p.name, frequency: p.frequency, startOn: p.start_on, endOn: p.end_on, dueTime: p.due_time, text: p.text })),
    reportingUnits: reporters,
    summaries: summaries.map((s) => ({
      frequency: s.frequency, text: s.text, to: (recipients.all(s.id) as { name: string }[]).map((x) => x.name),
    })),
  };
}
