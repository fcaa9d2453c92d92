// Units (单位) across plans: every name plans write for each, pinyin initials for typing
// 'qczj' to find 区财政局, and how many tasks each leads or joins.
import { pinyin } from 'pinyin-pro';
import type { ContactDto } from '../../shared/assignments';
import type { UnitDto, UnitKind } from '../../shared/dto';
import { contactsByOwner, contactsOf, ownerContacts } from '../assignments/contacts';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { groupBy } from '../plans/plan-queries';

type UnitRow = { id: number; scope: string; name: string; kind: UnitKind; task_count: number };

/**
 * Lower-case pinyin initials without tones: 区财政局 → qczj, 重庆 → cq (pinyin-pro reads
 * polyphonic characters from their context). Latin letters and digits stay; punctuation goes.
 */
export function initialsOf(text: string): string {
  let initials = initialsMemo.get(text);
  if (initials === undefined) {
    initials = pinyin(text, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase().replace(/[^a-z0-9]/g, '');
    // Names hardly change and pinyin is the costly part of the unit list (a city has thousands).
    if (initialsMemo.size > 50_000) initialsMemo.clear();
    initialsMemo.set(text, initials);
  }
  return initials;
}
const initialsMemo = new Map<string, string>();

const unitSql = `SELECT u.id, u.scope, u.name, u.kind,
    (SELECT COUNT(DISTINCT tu.task_id) FROM task_units tu WHERE tu.unit_id = u.id) AS task_count
  FROM units u`;

function toDto(row: UnitRow, aliases: string[], contacts: ContactDto[]): UnitDto {
  const initials = [...new Set([row.name, ...aliases].map(initialsOf).filter((s) => s !== ''))];
  return { id: row.id, scope: row.scope, name: row.name, kind: row.kind, aliases, initials, taskCount: row.task_count, contacts };
}

/** Every unit, ordered by scope then name. */
export function listUnits(db: Db): UnitDto[] {
  const rows = db.prepare(`${unitSql} ORDER BY u.scope, u.name, u.id`).all() as UnitRow[];
  const aliases = groupBy(
    db.prepare('SELECT unit_id, alias FROM unit_aliases ORDER BY unit_id, alias').all() as { unit_id: number; alias: string }[],
    (a) => a.unit_id,
  );
  const contacts = contactsByOwner(db);
  return rows.map((r) => toDto(r, (aliases.get(r.id) ?? []).map((a) => a.alias), contactsOf(contacts, { kind: 'unit', id: r.id })));
}

/** One unit, or not_found in the clerk's words. */
export function getUnit(db: Db, unitId: number): UnitDto {
  const row = db.prepare(`${unitSql} WHERE u.id = ?`).get(unitId) as UnitRow | undefined;
  if (!row) throw new AppError('not_found', `找不到编号为 ${unitId} 的单位，它可能已被合并或删除。`);
  const aliases = db.prepare('SELECT alias FROM unit_aliases WHERE unit_id = ? ORDER BY alias').pluck().all(unitId) as string[];
  return toDto(row, aliases, ownerContacts(db, { kind: 'unit', id: unitId }));
}
