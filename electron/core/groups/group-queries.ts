// Working groups of a plan with their units, roster, duties and supervision teams.
import type { GroupDto } from '../../shared/dto';
import { contactsByOwner, contactsOf } from '../assignments/contacts';
import type { Db } from '../db/open';
import { assertPlanExists, groupBy } from '../plans/plan-queries';

const toUnit = (u: { unit_id: number; name: string; written_name: string }) => ({
  unitId: u.unit_id, name: u.name, writtenName: u.written_name,
});

export function listGroups(db: Db, planId: string): GroupDto[] {
  assertPlanExists(db, planId);
  const groups = db
    .prepare(
      `SELECT id, code, name, duties, lead_units_text, member_units_text, roster_members_text
       FROM working_groups WHERE plan_id = ? ORDER BY position`,
    )
    .all(planId) as {
    id: number; code: string; name: string; duties: string | null; lead_units_text: string | null;
    member_units_text: string | null; roster_members_text: string | null;
  }[];
  const units = groupBy(
    db.prepare(
      `SELECT gu.group_id, gu.role, u.id AS unit_id, u.name, gu.written_name FROM group_units gu JOIN units u ON u.id = gu.unit_id
       JOIN working_groups g ON g.id = gu.group_id WHERE g.plan_id = ? ORDER BY gu.position`,
    ).all(planId) as { group_id: number; role: 'lead' | 'member'; unit_id: number; name: string; written_name: string }[],
    (r) => r.group_id,
  );
  const roster = groupBy(
    db.prepare(
      `SELECT r.group_id, r.role, r.person_name, r.post, r.phone, r.unit_id FROM group_roster r JOIN working_groups g ON g.id = r.group_id
       WHERE g.plan_id = ? ORDER BY r.position`,
    ).all(planId) as { group_id: number; role: GroupDto['roster'][number]['role']; person_name: string | null; post: string | null;
      phone: string | null; unit_id: number | null }[],
    (r) => r.group_id,
  );
  const tasks = groupBy(
    db.prepare(
      `SELECT gt.group_id, gt.task_id, gt.role FROM group_tasks gt JOIN tasks t ON t.id = gt.task_id
       WHERE t.plan_id = ? ORDER BY t.position`,
    ).all(planId) as { group_id: number; task_id: number; role: 'duty' | 'responsible' }[],
    (r) => r.group_id,
  );
  const teams = groupBy(
    db.prepare(
      `SELECT s.group_id, s.name, u.name AS hospital, s.members_text FROM supervision_teams s
       JOIN units u ON u.id = s.hospital_unit_id JOIN working_groups g ON g.id = s.group_id
       WHERE g.plan_id = ? ORDER BY s.position`,
    ).all(planId) as { group_id: number; name: string; hospital: string; members_text: string | null }[],
    (r) => r.group_id,
  );
  const contacts = contactsByOwner(db);
  return groups.map((g) => {
    const gu = units.get(g.id) ?? [];
    const gt = tasks.get(g.id) ?? [];
    return {
      id: g.id, code: g.code, name: g.name, duties: g.duties, leadUnitsText: g.lead_units_text,
      memberUnitsText: g.member_units_text, rosterMembersText: g.roster_members_text,
      leadUnits: gu.filter((u) => u.role === 'lead').map(toUnit),
      memberUnits: gu.filter((u) => u.role === 'member').map(toUnit),
      roster: (roster.get(g.id) ?? []).map((r) => ({ role: r.role, person: r.person_name, post: r.post, phone: r.phone, unitId: r.unit_id })),
      dutyTaskIds: gt.filter((t) => t.role === 'duty').map((t) => t.task_id),
      timelineTaskIds: gt.filter((t) => t.role === 'responsible').map((t) => t.task_id),
      supervisionTeams: (teams.get(g.id) ?? []).map((t) => ({ name: t.name, hospital: t.hospital, membersText: t.members_text })),
      contacts: contactsOf(contacts, { kind: 'group', id: g.id }),
    };
  });
}
