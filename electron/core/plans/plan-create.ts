// A plan the office types in by hand (方案管理 → 新建方案): header only, tasks are added after.
import { randomBytes } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { PlanSummary } from '../../shared/dto';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { currentActor } from '../settings/settings';
import { getPlanSummary } from './plan-queries';

/** plan-20240515-3fa9: the day it was made, so ids sort by age, and a random tail so two on one day differ. */
function newPlanId(db: Db, now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const taken = db.prepare('SELECT 1 FROM plans WHERE id = ?');
  for (;;) {
    const id = `plan-${day}-${randomBytes(2).toString('hex')}`;
    if (!taken.get(id)) return id;
  }
}

export function createPlan(db: Db, input: ParsedInput<'plans:create'>): PlanSummary {
  return db.transaction(() => {
    const now = new Date();
    const id = newPlanId(db, now);
    db.prepare(
      `INSERT INTO plans (id, title, doc_number, issuer, issued_on, scope, origin, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'manual', ?)`,
    ).run(id, input.title, input.docNumber || null, input.issuer || null, input.issuedOn ?? null, input.scope, now.toISOString());
    const summary = getPlanSummary(db, id);
    writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'plan', entityId: id, after: summary });
    return summary;
  })();
}
