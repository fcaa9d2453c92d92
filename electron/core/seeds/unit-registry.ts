// Units are one per organisation within a scope (a district or the city): the same canonical
// name in the same scope is the same unit, across plans; aliases are the other names a
// document uses. Never merged across scopes: 区卫生计生委 of 巴南区 is not that of 渝北区.
import type { Db } from '../db/open';
import type { SeedPlan } from './seed-schema';

export type UnitResolver = (name: string) => number;

export function registerPlanUnits(db: Db, plan: SeedPlan): UnitResolver {
  const findUnit = db.prepare('SELECT id FROM units WHERE scope = ? AND name = ?');
  const insertUnit = db.prepare('INSERT INTO units (scope, name, kind) VALUES (?, ?, ?)');
  const insertAlias = db.prepare('INSERT OR IGNORE INTO unit_aliases (unit_id, alias, plan_id) VALUES (?, ?, ?)');
  const linkPlan = db.prepare('INSERT OR IGNORE INTO plan_units (plan_id, unit_id) VALUES (?, ?)');

  const byName = new Map<string, number>();
  for (const unit of plan.units) {
    const found = findUnit.get(plan.scope, unit.name) as { id: number } | undefined;
    const id = found ? found.id : Number(insertUnit.run(plan.scope, unit.name, unit.kind).lastInsertRowid);
    linkPlan.run(plan.id, id);
    byName.set(unit.name, id);
    for (const alias of unit.aliases ?? []) {
      if (alias !== unit.name) insertAlias.run(id, alias, plan.id);
      if (!byName.has(alias)) byName.set(alias, id);
    }
  }
  return (name: string) => {
    const id = byName.get(name);
    if (id === undefined) throw new Error(`种子方案 ${plan.id} 引用了未登记的单位“${name}”`);
    return id;
  };
}
