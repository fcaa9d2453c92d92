// Units are one per organisation within a scope (a district or the city): the same canonical
// name in the same scope is the same unit, across plans; aliases are the other names a
// document uses. seeds/units.json names organisations that were renamed (市卫生计生委 →
// 市卫生健康委), so a 2018 plan and a 2020 plan share the unit. Never merged across scopes:
// 区卫生计生委 of 巴南区 is not that of 利州区.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/open';
import type { SeedPlan } from './seed-schema';

export type UnitResolver = (name: string) => number;

const renames = z.strictObject({
  note: z.string().optional(),
  renamed: z.array(
    z.strictObject({ scope: z.string(), name: z.string(), formerNames: z.array(z.string()), note: z.string().optional() }),
  ),
});

/** Maps (scope, former name) → current name. */
export function readRenames(seedsDir: string): (scope: string, name: string) => string {
  const file = join(seedsDir, 'units.json');
  const map = new Map<string, string>();
  if (existsSync(file)) {
    for (const r of renames.parse(JSON.parse(readFileSync(file, 'utf8'))).renamed) {
      for (const former of r.formerNames) map.set(`${r.scope}\u0000${former}`, r.name);
    }
  }
  return (scope, name) => map.get(`${scope}\u0000${name}`) ?? name;
}

export function registerPlanUnits(db: Db, plan: SeedPlan, currentName: (scope: string, name: string) => string): UnitResolver {
  // By its name, else by an alias: a unit the clerk renamed keeps its old name as an alias, so a
  // plan loaded later that writes the old name finds it instead of creating a second unit.
  const findUnit = db.prepare(
    `SELECT id FROM (SELECT id, 0 AS rank FROM units WHERE scope = @scope AND name = @name
       UNION ALL SELECT u.id, 1 FROM unit_aliases a JOIN units u ON u.id = a.unit_id WHERE u.scope = @scope AND a.alias = @name)
     ORDER BY rank, id LIMIT 1`,
  );
  const insertUnit = db.prepare('INSERT INTO units (scope, name, kind) VALUES (?, ?, ?)');
  const insertAlias = db.prepare('INSERT OR IGNORE INTO unit_aliases (unit_id, alias, plan_id) VALUES (?, ?, ?)');
  const linkPlan = db.prepare('INSERT OR IGNORE INTO plan_units (plan_id, unit_id) VALUES (?, ?)');

  const byName = new Map<string, number>();
  for (const unit of plan.units) {
    const canonical = currentName(plan.scope, unit.name);
    const found = findUnit.get({ scope: plan.scope, name: canonical }) as { id: number } | undefined;
    const id = found ? found.id : Number(insertUnit.run(plan.scope, canonical, unit.kind).lastInsertRowid);
    linkPlan.run(plan.id, id);
    byName.set(unit.name, id);
    for (const alias of [unit.name, ...(unit.aliases ?? [])]) {
      if (alias !== canonical) insertAlias.run(id, alias, plan.id);
      if (!byName.has(alias)) byName.set(alias, id);
    }
  }
  return (name: string) => {
    const id = byName.get(name);
    if (id === undefined) throw new Error(`种子方案 ${plan.id} 引用了未登记的单位“${name}”`);
    return id;
  };
}
