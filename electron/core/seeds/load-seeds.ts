// Loads the curated plans into a database: all missing plans in one transaction, so a bad
// file leaves the database as it was; plans already present are left untouched (idempotent).
import type { Db } from '../db/open';
import { writeAudit } from '../audit/audit';
import { availableSeedPlanIds, readSeedPlan, readSourceText } from './read-seed';
import type { SeedPlan } from './seed-schema';
import { readRenames, registerPlanUnits } from './unit-registry';
import { insertGroups, insertIndicators, insertPhases, insertRegime, insertTaskTree } from './insert-plan-parts';

export type LoadReport = { loaded: string[]; skipped: string[] };

export function loadSeedPlans(db: Db, seedsDir: string, now: string = new Date().toISOString()): LoadReport {
  // Only plans not yet in the database are read and validated, so an ordinary start does no file work.
  const exists = db.prepare('SELECT 1 FROM plans WHERE id = ?');
  const ids = availableSeedPlanIds(seedsDir);
  const missing = ids.filter((id) => !exists.get(id));
  const report: LoadReport = { loaded: missing, skipped: ids.filter((id) => !missing.includes(id)) };
  if (missing.length === 0) return report;
  const plans = missing.map((id) => readSeedPlan(seedsDir, id));
  const currentName = readRenames(seedsDir);
  db.transaction(() => {
    for (const plan of plans) insertSeedPlan(db, plan, readSourceText(seedsDir, plan), currentName, now);
  })();
  return report;
}

function insertSeedPlan(
  db: Db,
  plan: SeedPlan,
  sourceText: string,
  currentName: (scope: string, name: string) => string,
  now: string,
): void {
  db.prepare(
    `INSERT INTO plans (id, title, doc_number, issuer, issued_on, published_on, scope, source_file, source_text, caution, origin, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed', ?)`,
  ).run(
    plan.id,
    plan.title,
    plan.docNumber,
    plan.issuer,
    plan.issuedOn,
    plan.publishedOn ?? null,
    plan.scope,
    plan.sourceFile,
    sourceText,
    plan.caution ?? null,
    now,
  );
  const unitId = registerPlanUnits(db, plan, currentName);
  const ctx = { db, planId: plan.id, unitId, now };
  const groupIds = insertGroups(ctx, plan.groups ?? []);
  const groupId = (name: string) => {
    const id = groupIds.get(name);
    if (id === undefined) throw new Error(`种子方案 ${plan.id} 引用了不存在的工作组“${name}”`);
    return id;
  };
  insertTaskTree({ ...ctx, groupId }, plan.tasks, 'task');
  insertTaskTree({ ...ctx, groupId }, plan.timeline ?? [], 'timeline');
  for (const group of plan.groups ?? []) {
    insertTaskTree({ ...ctx, groupId }, group.dutyTasks ?? [], 'duty', groupId(group.name));
  }
  insertIndicators(ctx, plan.indicators ?? []);
  insertPhases(ctx, plan.phases ?? []);
  if (plan.regime) insertRegime({ ...ctx, groupId }, plan.regime);
  writeAudit(db, { actor: '系统', action: 'load', entity: 'plan', entityId: plan.id, after: { title: plan.title } }, now);
}
