// Issuing a 交办清单: its tasks enter the ledger under the list's plan (or the standing plan
// 日常交办事项) beneath one heading per list, with the units as 牵头/配合, the groups as 责任组 and
// the deadlines; from then on the ledger task is the truth and the list records who got what when.
import type { IssuedDto } from '../../shared/assignments';
import { chineseDay } from '../../shared/dates';
import { readDeadlineText } from '../../shared/deadline-text';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { createTask } from '../ledger/task-edit';
import { currentActor, getSettings } from '../settings/settings';
import { listNumber, requireList } from './list-query';

export const standingPlanId = 'standing-assignments';
export const standingPlanTitle = '日常交办事项';

/** The standing plan for lists not tied to a plan, made the first time one is issued. */
function standingPlan(db: Db, now: string): string {
  if (db.prepare('SELECT 1 FROM plans WHERE id = ?').get(standingPlanId)) return standingPlanId;
  const office = getSettings(db).officeName;
  const scope = office.match(/^(.+?[区县市])/)?.[1]
    ?? (db.prepare(`SELECT scope FROM plans GROUP BY scope ORDER BY COUNT(*) DESC LIMIT 1`).pluck().get() as string | undefined) ?? '本区';
  db.prepare(`INSERT INTO plans (id, title, issuer, scope, origin, created_at) VALUES (?, ?, ?, ?, 'manual', ?)`)
    .run(standingPlanId, standingPlanTitle, office, scope, now);
  writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'plan', entityId: standingPlanId, after: { id: standingPlanId, title: standingPlanTitle, scope } }, now);
  return standingPlanId;
}

type Item = { id: number; position: number; title: string; body: string | null; deadline_text: string | null; due_on: string | null };
type Role = { unit_id: number | null; group_id: number | null; role: 'lead' | 'cooperating' };

export function issueAssignmentList(db: Db, listId: number): IssuedDto {
  return db.transaction(() => {
    const list = requireList(db, listId);
    if (list.status !== 'draft') throw new AppError('conflict', `清单${listNumber(list.year, list.seq)}已于 ${list.issued_at?.slice(0, 10)} 交办，不能重复交办。`);
    const now = new Date().toISOString();
    const planId = list.plan_id ?? standingPlan(db, now);
    const number = listNumber(list.year, list.seq);
    const heading = createTask(db, { planId, title: `交办清单${number}：${list.title}`, body: `交办日期：${list.assigned_on}；依据：${list.source_text}` });
    const items = db.prepare('SELECT id, position, title, body, deadline_text, due_on FROM assignment_items WHERE list_id = ? ORDER BY position').all(listId) as Item[];
    const rolesOf = db.prepare(
      `SELECT r.unit_id, r.group_id, ir.role FROM assignment_item_recipients ir JOIN assignment_recipients r ON r.id = ir.recipient_id
       WHERE ir.item_id = ? ORDER BY ir.role = 'lead' DESC, ir.rowid`,
    );
    const linkGroup = db.prepare(`INSERT OR IGNORE INTO group_tasks (group_id, task_id, role) VALUES (?, ?, 'responsible')`);
    const setTask = db.prepare('UPDATE assignment_items SET task_id = ? WHERE id = ?');
    const taskIds = items.map((item) => {
      const roles = rolesOf.all(item.id) as Role[];
      const units = (role: Role['role']) => roles.filter((r) => r.role === role && r.unit_id !== null).map((r) => r.unit_id!);
      const read = item.deadline_text ? readDeadlineText(item.deadline_text, list.year) : null;
      const kind = item.due_on ? (read?.dueOn === item.due_on ? read.kind : 'date') : read?.kind === 'ongoing' ? 'ongoing' : 'none';
      const { id } = createTask(db, {
        planId, parentId: heading.id, code: String(item.position), title: item.title, body: item.body,
        deadlineText: item.deadline_text ?? (item.due_on ? `${chineseDay(item.due_on)}前` : null),
        deadlineKind: kind, dueOn: item.due_on, leadUnitIds: units('lead'), cooperatingUnitIds: units('cooperating'),
      });
      // A group is the task's 责任组 whatever plan it belongs to: the assignment names it.
      for (const r of roles) if (r.group_id !== null) linkGroup.run(r.group_id, id);
      setTask.run(id, item.id);
      return id;
    });
    db.prepare(`UPDATE assignment_lists SET plan_id = ?, status = 'issued', issued_at = ?, heading_task_id = ? WHERE id = ?`).run(planId, now, heading.id, listId);
    writeAudit(db, { actor: currentActor(db), action: 'update', entity: 'assignment_list', entityId: listId, before: { status: 'draft' }, after: { status: 'issued', planId, headingTaskId: heading.id, taskIds } }, now);
    return { listId, planId, headingTaskId: heading.id, taskIds };
  })();
}
