// The audit log: every mutation writes one row with who, when, before and after.
import type { Db } from '../db/open';

export type AuditEntry = {
  actor: string;
  action: 'create' | 'update' | 'delete' | 'load';
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

export function writeAudit(db: Db, entry: AuditEntry, at: string = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId == null ? null : String(entry.entityId),
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}
