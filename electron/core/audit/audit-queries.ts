// Reading the audit log (操作日志): newest first, by day, entity and actor.
import type { AuditEntryDto } from '../../shared/dto';
import type { Db } from '../db/open';

export type AuditFilter = { from?: string; to?: string; entity?: string; actor?: string; limit?: number };

/**
 * The instant a calendar day starts on this computer's clock, as an ISO timestamp. `at` is stored
 * in UTC; the clerk's 3 月 10 日 is the local day, so an entry at 2024-03-09T17:00Z counts under
 * 3 月 10 日 in Beijing time.
 */
function localDayStart(date: string, plusDays = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

const parse = (json: string | null): unknown => (json == null ? null : JSON.parse(json));

export function listAudit(db: Db, filter: AuditFilter): AuditEntryDto[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  // julianday() reads both 'Z' and '+08:00' timestamps, so rows written either way compare by instant.
  if (filter.from) {
    where.push('julianday(at) >= julianday(?)');
    params.push(localDayStart(filter.from));
  }
  if (filter.to) {
    where.push('julianday(at) < julianday(?)');
    params.push(localDayStart(filter.to, 1));
  }
  if (filter.entity) {
    where.push('entity = ?');
    params.push(filter.entity);
  }
  if (filter.actor) {
    where.push('actor = ?');
    params.push(filter.actor);
  }
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, entity, entity_id, before_json, after_json FROM audit_log
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY julianday(at) DESC, id DESC LIMIT ?`,
    )
    .all(...params, filter.limit ?? 500) as {
    id: number; at: string; actor: string; action: string; entity: string; entity_id: string | null;
    before_json: string | null; after_json: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id,
    before: parse(r.before_json), after: parse(r.after_json),
  }));
}
