// Drafting a 交办清单: made or replaced as a whole while it is a draft; deleted only as a draft.
// The number (〔2026〕3号) is the next free one of the 交办 date's year, kept while the year stays.
import type { z } from 'zod';
import type { AssignmentListDto, Owner } from '../../shared/assignments';
import type { assignmentListInput } from '../../shared/contract/assignments';
import { readDeadlineText } from '../../shared/deadline-text';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { assertPlanExists } from '../plans/plan-queries';
import { currentActor } from '../settings/settings';
import { ownerName } from './contacts';
import { getAssignmentList, requireList } from './list-query';

export type ListInput = z.output<typeof assignmentListInput>;

const ownerKey = (o: Owner) => `${o.kind}:${o.id}`;

/** Every check before the first write: owners exist, one lead per item, no owner twice in an item, deadlines read. */
function checkList(db: Db, list: ListInput): { dueOn: (string | null)[] } {
  if (list.planId) assertPlanExists(db, list.planId);
  const year = Number(list.assignedOn.slice(0, 4));
  const dueOn = list.items.map((item, i) => {
    const label = `第 ${i + 1} 项“${item.title.slice(0, 20)}”`;
    const leads = item.recipients.filter((r) => r.role === 'lead');
    if (leads.length !== 1) throw new AppError('invalid_input', `${label}应有且只有一个牵头单位（或牵头工作组）`);
    const seen = new Set<string>();
    for (const r of item.recipients) {
      ownerName(db, r);
      if (seen.has(ownerKey(r))) throw new AppError('invalid_input', `${label}中“${ownerName(db, r)}”列了两次，请只保留一处`);
      seen.add(ownerKey(r));
    }
    const due = item.dueOn ?? (item.deadlineText ? readDeadlineText(item.deadlineText, year).dueOn : null);
    if (item.deadlineText && !due && !/^(全程|长期|持续)/.test(item.deadlineText)) {
      throw new AppError('invalid_input', `${label}的完成时限“${item.deadlineText}”无法识别为日期，请另选到期日期`);
    }
    if (due && due < list.assignedOn) throw new AppError('invalid_input', `${label}的完成时限 ${due} 早于交办日期 ${list.assignedOn}`);
    return due;
  });
  return { dueOn };
}

function writeItems(db: Db, listId: number, list: ListInput, dueOn: (string | null)[]): void {
  const recipientIds = new Map<string, number>();
  const addRecipient = db.prepare('INSERT INTO assignment_recipients (list_id, unit_id, group_id) VALUES (?, ?, ?)');
  const addItem = db.prepare('INSERT INTO assignment_items (list_id, position, title, body, deadline_text, due_on) VALUES (?, ?, ?, ?, ?, ?)');
  const addRole = db.prepare('INSERT INTO assignment_item_recipients (item_id, recipient_id, role) VALUES (?, ?, ?)');
  list.items.forEach((item, i) => {
    const itemId = Number(addItem.run(listId, i + 1, item.title, item.body || null, item.deadlineText || null, dueOn[i]).lastInsertRowid);
    for (const r of item.recipients) {
      let rid = recipientIds.get(ownerKey(r));
      if (rid === undefined) {
        rid = Number(addRecipient.run(listId, r.kind === 'unit' ? r.id : null, r.kind === 'group' ? r.id : null).lastInsertRowid);
        recipientIds.set(ownerKey(r), rid);
      }
      addRole.run(itemId, rid, r.role);
    }
  });
}

export function saveAssignmentList(db: Db, listId: number | undefined, list: ListInput): AssignmentListDto {
  return db.transaction(() => {
    const { dueOn } = checkList(db, list);
    const year = Number(list.assignedOn.slice(0, 4));
    const now = new Date().toISOString();
    let id = listId;
    let before: AssignmentListDto | undefined;
    if (id === undefined) {
      const seq = (db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM assignment_lists WHERE year = ?').pluck().get(year) as number);
      id = Number(
        db.prepare(`INSERT INTO assignment_lists (plan_id, year, seq, title, assigned_on, source_kind, source_text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
          .run(list.planId ?? null, year, seq, list.title, list.assignedOn, list.sourceKind, list.sourceText, now).lastInsertRowid,
      );
    } else {
      const current = requireList(db, id);
      if (current.status !== 'draft') throw new AppError('conflict', '清单已交办，不能再修改；新增事项请另起一份清单。');
      before = getAssignmentList(db, id);
      const seq = current.year === year ? current.seq : (db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 FROM assignment_lists WHERE year = ?').pluck().get(year) as number);
      db.prepare('UPDATE assignment_lists SET plan_id = ?, year = ?, seq = ?, title = ?, assigned_on = ?, source_kind = ?, source_text = ? WHERE id = ?')
        .run(list.planId ?? null, year, seq, list.title, list.assignedOn, list.sourceKind, list.sourceText, id);
      db.prepare('DELETE FROM assignment_items WHERE list_id = ?').run(id);
      db.prepare('DELETE FROM assignment_recipients WHERE list_id = ?').run(id);
    }
    writeItems(db, id, list, dueOn);
    const after = getAssignmentList(db, id);
    writeAudit(db, { actor: currentActor(db), action: before ? 'update' : 'create', entity: 'assignment_list', entityId: id, before, after }, now);
    return after;
  })();
}

export function deleteAssignmentList(db: Db, listId: number): { deleted: number } {
  return db.transaction(() => {
    const list = requireList(db, listId);
    if (list.status !== 'draft') throw new AppError('conflict', '清单已交办，其任务已在台账中，不能删除。');
    const before = getAssignmentList(db, listId);
    db.prepare('DELETE FROM assignment_lists WHERE id = ?').run(listId);
    writeAudit(db, { actor: currentActor(db), action: 'delete', entity: 'assignment_list', entityId: listId, before });
    return { deleted: 1 };
  })();
}
