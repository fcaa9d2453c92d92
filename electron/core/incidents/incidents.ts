// 专报: events reported at once — when the report arrived, from whom, what kind and how grave,
// what was done, and whether it is closed. Open ones come first and stay on the dashboard.
import type { ParsedInput } from '../../shared/contract';
import { localStamp, parseStamp } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { IncidentDto } from '../../shared/reporting';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { assertPlanExists } from '../plans/plan-queries';
import { currentActor } from '../settings/settings';

type Row = {
  id: number; plan_id: string | null; unit_id: number | null; unit_name: string | null; reported_at: string; occurred_at: string | null;
  category: IncidentDto['category']; severity: IncidentDto['severity']; title: string; body: string | null; actions: string | null; closed_at: string | null;
};
const select = `SELECT i.*, u.name AS unit_name FROM incident_reports i LEFT JOIN units u ON u.id = i.unit_id`;
const toDto = (r: Row): IncidentDto => ({
  id: r.id, planId: r.plan_id, unitId: r.unit_id, unitName: r.unit_name, receivedAt: r.reported_at, occurredAt: r.occurred_at,
  category: r.category, severity: r.severity, title: r.title, body: r.body, actions: r.actions, closedAt: r.closed_at,
});

export function listIncidents(db: Db, input: { planId?: string; open?: boolean }): IncidentDto[] {
  const where = [input.planId ? 'i.plan_id = @planId' : null, input.open ? 'i.closed_at IS NULL' : null].filter(Boolean);
  const rows = db.prepare(`${select} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.closed_at IS NOT NULL, i.reported_at DESC, i.id DESC`)
    .all(input.planId ? { planId: input.planId } : {}) as Row[];
  return rows.map(toDto);
}

function getIncident(db: Db, id: number): IncidentDto {
  const row = db.prepare(`${select} WHERE i.id = ?`).get(id) as Row | undefined;
  if (!row) throw new AppError('not_found', '找不到该专报');
  return toDto(row);
}

/** A time as typed → office time; refused when unreadable or later than now. */
function stampOf(text: string, what: string): string {
  const at = parseStamp(text);
  if (!at) throw new AppError('invalid_input', `${what}“${text}”无法识别，请写成 2017-09-05 16:30 的样子`);
  if (at > localStamp()) throw new AppError('invalid_input', `${what}不能晚于现在`);
  return at;
}

export function createIncident(db: Db, input: ParsedInput<'incidents:create'>): IncidentDto {
  if (input.planId) assertPlanExists(db, input.planId);
  if (input.unitId != null && !db.prepare('SELECT 1 FROM units WHERE id = ?').get(input.unitId)) throw new AppError('not_found', '找不到该单位');
  const receivedAt = input.receivedAt ? stampOf(input.receivedAt, '收到时间') : localStamp();
  const occurredAt = input.occurredAt ? stampOf(input.occurredAt, '发生时间') : null;
  if (occurredAt && occurredAt > receivedAt) throw new AppError('invalid_input', '发生时间不能晚于收到时间');
  let id = 0;
  db.transaction(() => {
    id = Number(db.prepare(
      `INSERT INTO incident_reports (plan_id, unit_id, occurred_at, reported_at, title, body, created_at, category, severity, actions)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(input.planId ?? null, input.unitId ?? null, occurredAt, receivedAt, input.title, input.body ?? null, localStamp(), input.category, input.severity, input.actions ?? null).lastInsertRowid);
    writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'incident', entityId: id, after: { ...input, receivedAt, occurredAt } });
  })();
  return getIncident(db, id);
}

export function updateIncident(db: Db, input: ParsedInput<'incidents:update'>): IncidentDto {
  const before = getIncident(db, input.incidentId);
  const closedAt = input.closed === undefined ? before.closedAt : input.closed ? (before.closedAt ?? localStamp()) : null;
  db.transaction(() => {
    db.prepare('UPDATE incident_reports SET category = ?, severity = ?, title = ?, body = ?, actions = ?, closed_at = ? WHERE id = ?').run(
      input.category ?? before.category, input.severity ?? before.severity, input.title ?? before.title,
      input.body === undefined ? before.body : input.body, input.actions === undefined ? before.actions : input.actions, closedAt, before.id,
    );
    writeAudit(db, { actor: currentActor(db), action: 'update', entity: 'incident', entityId: before.id, before, after: { ...input, closedAt } });
  })();
  return getIncident(db, before.id);
}
