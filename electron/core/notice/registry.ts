// The registry as the extractor sees it: the units of one scope by name or alias, and its hospitals.
import type { Db } from '../db/open';
import type { Registry, RegistryUnit } from './extract';

/** A unit of the scope by its exact name, else by an alias. */
export function unitFinder(db: Db, scope: string): (name: string) => RegistryUnit | null {
  const find = db.prepare(
    `SELECT id, name FROM (SELECT id, name, 0 AS rank FROM units WHERE scope = @scope AND name = @name
       UNION ALL SELECT u.id, u.name, 1 FROM unit_aliases a JOIN units u ON u.id = a.unit_id WHERE u.scope = @scope AND a.alias = @name)
     ORDER BY rank, id LIMIT 1`,
  );
  return (name) => (find.get({ scope, name }) as RegistryUnit | undefined) ?? null;
}

export function unitRegistry(db: Db, scope: string): Registry {
  const startingWith = db.prepare(`SELECT id, name FROM units WHERE scope = ? AND substr(name, 1, ?) = ? LIMIT 2`);
  const exact = unitFinder(db, scope);
  // A typing slip in the notice: a doubled tail (区卫生健康委康委) or a name cut short (区卫生健康).
  const near = (name: string): RegistryUnit | null => {
    const undoubled = name.replace(/(.{1,4})\1$/, '$1');
    const u = undoubled !== name ? exact(undoubled) : null;
    if (u) return { ...u, approximate: true };
    if (name.length < 4) return null;
    const rows = startingWith.all(scope, name.length, name) as RegistryUnit[];
    return rows.length === 1 ? { ...rows[0]!, approximate: true } : null;
  };
  const cache = new Map<string, RegistryUnit | null>();
  let hospitals: RegistryUnit[] | null = null;
  return {
    find(name) {
      if (!cache.has(name)) cache.set(name, exact(name) ?? near(name));
      return cache.get(name)!;
    },
    hospitals: () => (hospitals ??= db.prepare(`SELECT id, name FROM units WHERE scope = ? AND kind = 'hospital' ORDER BY id`).all(scope) as RegistryUnit[]),
  };
}
