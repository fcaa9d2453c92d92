// A working group's roster (组长、副组长、成员) replaced as a whole, in the clerk's order.
import type { GroupDto, RosterEntryDto } from '../../shared/dto';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { currentActor } from '../settings/settings';
import { listGroups } from './group-queries';

export type RosterInput = {
  role: RosterEntryDto['role'];
  person: string;
  post?: string | null;
  phone?: string | null;
  unitId?: number | null;
};

/** Blank optional text is stored as absent. */
const orNull = (s: string | null | undefined) => (s == null || s === '' ? null : s);

function readRoster(db: Db, groupId: number): RosterEntryDto[] {
  return (
    db.prepare('SELECT role, person_name, post, phone, unit_id FROM group_roster WHERE group_id = ? ORDER BY position, id').all(groupId) as {
      role: RosterEntryDto['role']; person_name: string | null; post: string | null; phone: string | null; unit_id: number | null;
    }[]
  ).map((r) => ({ role: r.role, person: r.person_name, post: r.post, phone: r.phone, unitId: r.unit_id }));
}

export function updateRoster(db: Db, groupId: number, entries: RosterInput[]): GroupDto {
  return db.transaction(() => {
    const group = db.prepare('SELECT plan_id, name FROM working_groups WHERE id = ?').get(groupId) as { plan_id: string; name: string } | undefined;
    if (!group) throw new AppError('not_found', `找不到编号为 ${groupId} 的工作组，它可能已被删除。`);
    const unitExists = db.prepare('SELECT 1 FROM units WHERE id = ?').pluck();
    entries.forEach((e, i) => {
      if (e.unitId != null && !unitExists.get(e.unitId)) {
        throw new AppError('not_found', `第 ${i + 1} 行（${e.person}）所选的单位不存在（编号 ${e.unitId}），请重新选择。`);
      }
    });
    const before = readRoster(db, groupId);
    db.prepare('DELETE FROM group_roster WHERE group_id = ?').run(groupId);
    const insert = db.prepare(
      'INSERT INTO group_roster (group_id, role, person_name, post, phone, unit_id, position) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    entries.forEach((e, position) => {
      insert.run(groupId, e.role, e.person, orNull(e.post), orNull(e.phone), e.unitId ?? null, position);
    });
    const after = readRoster(db, groupId);
    writeAudit(db, {
      actor: currentActor(db), action: 'update', entity: 'group_roster', entityId: groupId,
      before: { plan: group.plan_id, group: group.name, roster: before }, after: { plan: group.plan_id, group: group.name, roster: after },
    });
    const updated = listGroups(db, group.plan_id).find((g) => g.id === groupId);
    if (!updated) throw new Error(`group ${groupId} vanished inside its own transaction`);
    return updated;
  })();
}
