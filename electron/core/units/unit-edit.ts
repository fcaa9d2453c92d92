// Renaming a unit and merging two rows that are one organisation. Both are one transaction
// with an audit row; a refusal (Chinese) is raised before anything is written.
import type { UnitDto } from '../../shared/dto';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { currentActor } from '../settings/settings';
import { getUnit } from './unit-queries';

/** The link tables that keep the name each plan writes for the unit. */
const writtenNameTables = ['task_units', 'group_units', 'indicator_units'] as const;

/**
 * Link tables whose key holds the unit and one more column (the owner): after a merge each owner
 * keeps one row, the keep unit's (its role, position and wording). A task led by 市卫生健康委 and
 * joined by 市卫生计生委 keeps the 牵头 row only.
 */
const ownerColumn: Record<string, string> = {
  unit_aliases: 'alias',
  plan_units: 'plan_id',
  task_units: 'task_id',
  group_units: 'group_id',
  indicator_units: 'indicator_id',
  summary_recipients: 'summary_id',
  reporter_recipients: 'reporting_unit_id',
};

const summary = (u: UnitDto) => ({ id: u.id, scope: u.scope, name: u.name, aliases: u.aliases });

/**
 * A plan's wording stays as written (a 2018 plan that writes 市卫生计生委 keeps it), but where a
 * plan wrote the unit's name of the time the clerk renames, it follows the new name, so the ledger,
 * which shows the written name, shows the new one ("rename a unit and see the ledger show it").
 */
function followName(db: Db, unitId: number, from: string, to: string): number {
  let changed = 0;
  for (const table of writtenNameTables) {
    changed += db.prepare(`UPDATE ${table} SET written_name = ? WHERE unit_id = ? AND written_name = ?`).run(to, unitId, from).changes;
  }
  return changed;
}

/** Another unit of the scope called `name`, by name or by alias. */
function namedElsewhere(db: Db, scope: string, name: string, exceptId: number): { name: string; byAlias: boolean } | undefined {
  const row = db
    .prepare(
      `SELECT u.name, u.name <> ? AS by_alias FROM units u
       WHERE u.scope = ? AND u.id <> ? AND (u.name = ? OR EXISTS (SELECT 1 FROM unit_aliases a WHERE a.unit_id = u.id AND a.alias = ?))
       ORDER BY by_alias LIMIT 1`,
    )
    .get(name, scope, exceptId, name, name) as { name: string; by_alias: number } | undefined;
  return row && { name: row.name, byAlias: row.by_alias === 1 };
}

/** The unit takes the new name; the old one becomes an alias, so plans that write it still find the unit. */
export function renameUnit(db: Db, unitId: number, name: string): UnitDto {
  return db.transaction(() => {
    const before = getUnit(db, unitId);
    if (name === before.name) throw new AppError('unchanged', `单位名称仍是“${name}”，没有改动。`);
    const other = namedElsewhere(db, before.scope, name, unitId);
    if (other) {
      const what = other.byAlias ? `“${name}”已是${before.scope}“${other.name}”的别名` : `${before.scope}已有名为“${name}”的单位`;
      throw new AppError('conflict', `${what}，不能改用此名。如果两者是同一机构，请用“合并单位”把它们并为一个。`);
    }
    db.prepare('UPDATE units SET name = ? WHERE id = ?').run(name, unitId);
    db.prepare('DELETE FROM unit_aliases WHERE unit_id = ? AND alias = ?').run(unitId, name);
    db.prepare('INSERT OR IGNORE INTO unit_aliases (unit_id, alias, plan_id) VALUES (?, ?, NULL)').run(unitId, before.name);
    const writtenNames = followName(db, unitId, before.name, name);
    const after = getUnit(db, unitId);
    writeAudit(db, {
      actor: currentActor(db), action: 'update', entity: 'unit', entityId: unitId,
      before: summary(before), after: { ...summary(after), writtenNamesFollowed: writtenNames },
    });
    return after;
  })();
}

/** Every (table, column) whose foreign key names units.id, read from the schema so a later table is not missed. */
function unitReferences(db: Db): { table: string; column: string }[] {
  return db
    .prepare(
      `SELECT m.name AS "table", f."from" AS "column" FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'units' ORDER BY m.name, f."from"`,
    )
    .all() as { table: string; column: string }[];
}

/**
 * A regime that lists both units as reporters keeps the keep unit's reporter: the merged one's
 * submissions move over, unless both reported the same form for the same period (then refused).
 */
function mergeReporters(db: Db, keepId: number, mergeId: number): number {
  const pairs = db
    .prepare(
      `SELECT m.id AS merge_ru, MIN(k.id) AS keep_ru FROM reporting_units m
       JOIN reporting_units k ON k.regime_id = m.regime_id AND k.unit_id = ? WHERE m.unit_id = ? GROUP BY m.id`,
    )
    .all(keepId, mergeId) as { merge_ru: number; keep_ru: number }[];
  for (const { merge_ru, keep_ru } of pairs) {
    const clash = db
      .prepare(
        `SELECT COUNT(*) FROM submissions s WHERE s.reporting_unit_id = ? AND EXISTS (SELECT 1 FROM submissions k
         WHERE k.reporting_unit_id = ? AND k.form_id = s.form_id AND k.period_kind = s.period_kind AND k.period_start = s.period_start)`,
      )
      .pluck()
      .get(merge_ru, keep_ru) as number;
    if (clash > 0) {
      throw new AppError('conflict', `两个单位在同一报送期都交过同一张报表（${clash} 份），不能自动合并。请先核对并删去重复的报送，再合并。`);
    }
    db.prepare('UPDATE submissions SET reporting_unit_id = ? WHERE reporting_unit_id = ?').run(keep_ru, merge_ru);
    db.prepare('DELETE FROM reporting_units WHERE id = ?').run(merge_ru);
  }
  return pairs.length;
}

/** Two rows that are one organisation: every link of mergeId moves to keepId, its names become aliases. */
export function mergeUnits(db: Db, keepId: number, mergeId: number): UnitDto {
  if (keepId === mergeId) throw new AppError('invalid_input', '请选择两个不同的单位进行合并。');
  return db.transaction(() => {
    const keep = getUnit(db, keepId);
    const merged = getUnit(db, mergeId);
    if (keep.scope !== merged.scope) {
      throw new AppError('conflict', `“${merged.name}”属于${merged.scope}，“${keep.name}”属于${keep.scope}；不同地区的单位不能合并。`);
    }
    // Both named on one 交办清单: their 签收 and 反馈 cannot be joined without losing one, so the clerk decides.
    const shared = db.prepare(
      `SELECT COUNT(*) FROM assignment_recipients m JOIN assignment_recipients k ON k.list_id = m.list_id AND k.unit_id = ? WHERE m.unit_id = ?`,
    ).pluck().get(keepId, mergeId) as number;
    if (shared > 0) throw new AppError('conflict', `两个单位同在 ${shared} 份交办清单中承办事项，不能自动合并；请先在清单中核对。`);
    const moved: Record<string, number> = { reporters_joined: mergeReporters(db, keepId, mergeId) };
    // The merged unit's current name is no longer anyone's current name: links that wrote it show the kept name.
    moved.written_names_followed = followName(db, mergeId, merged.name, keep.name);
    db.prepare('DELETE FROM unit_aliases WHERE unit_id = ? AND alias = ?').run(mergeId, keep.name);
    for (const { table, column } of unitReferences(db)) {
      const owner = ownerColumn[table];
      if (owner) {
        db.prepare(
          `DELETE FROM "${table}" WHERE "${column}" = ? AND "${owner}" IN (SELECT "${owner}" FROM "${table}" WHERE "${column}" = ?)`,
        ).run(mergeId, keepId);
      }
      // A table added later with another key on the unit fails here, and the whole merge rolls back.
      const n = db.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE "${column}" = ?`).run(keepId, mergeId).changes;
      if (n > 0) moved[`${table}.${column}`] = n;
    }
    db.prepare('INSERT OR IGNORE INTO unit_aliases (unit_id, alias, plan_id) VALUES (?, ?, NULL)').run(keepId, merged.name);
    db.prepare('DELETE FROM units WHERE id = ?').run(mergeId);
    const after = getUnit(db, keepId);
    const actor = currentActor(db);
    writeAudit(db, {
      actor, action: 'update', entity: 'unit', entityId: keepId,
      before: { unit: summary(keep), merging: summary(merged) }, after: { unit: summary(after), moved },
    });
    writeAudit(db, { actor, action: 'delete', entity: 'unit', entityId: mergeId, before: summary(merged), after: { mergedInto: keepId } });
    return after;
  })();
}
