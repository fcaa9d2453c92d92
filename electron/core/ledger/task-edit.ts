// Adding, editing, moving and deleting tasks in a plan's tree. Each is one transaction with its
// audit row; every check runs before the first write, so a refusal leaves the file as it was.
import type { ParsedInput } from '../../shared/contract';
import type { DeadlineKind } from '../../shared/dto';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { assertPlanExists } from '../plans/plan-queries';
import { currentActor } from '../settings/settings';
import { checkLinks, taskSnapshot, writeLinks } from './task-links';
import { placeTask, renumber, requireTask, subtreeIds, taskLabel, type TaskRef } from './task-tree';

type Deadline = { kind: DeadlineKind; text: string | null; dueOn: string | null; dueTime: string | null; startOn: string | null };
type DeadlineInput = { deadlineText?: string | null; deadlineKind?: DeadlineKind; dueOn?: string | null };

const needsDate = (kind: DeadlineKind) => kind === 'date' || kind === 'month' || kind === 'year';

/**
 * The deadline after the form's fields are applied to `current`. A date without a kind means a
 * date (8月25日前); clearing the date of a dated deadline leaves none. The form knows dates only,
 * so saving it with the same date keeps what the plan wrote: a month or a year stays one, and so
 * do the hour and the start day (9月1日8点, 2017年9月1日起); a new date or kind drops them.
 */
function resolveDeadline(current: Deadline, input: DeadlineInput): Deadline {
  const next = { ...current };
  if (input.deadlineText !== undefined) next.text = input.deadlineText || null;
  const dueOn = input.dueOn === undefined ? current.dueOn : input.dueOn;
  let kind = input.deadlineKind ?? (input.dueOn === undefined ? current.kind : input.dueOn ? 'date' : needsDate(current.kind) ? 'none' : current.kind);
  if (kind === 'date' && needsDate(current.kind) && dueOn === current.dueOn) kind = current.kind;
  if (kind === current.kind && dueOn === current.dueOn) return next;
  next.kind = kind;
  next.dueOn = needsDate(kind) || input.dueOn !== undefined ? dueOn : null;
  next.dueTime = null;
  next.startOn = null;
  if (needsDate(next.kind) && !next.dueOn) {
    throw new AppError('invalid_input', '完成时限是具体日期、某月或某年时，请填写到期日期。');
  }
  if (!needsDate(next.kind) && next.dueOn) {
    throw new AppError('invalid_input', '完成时限为“全程”或未定时，不填写到期日期。');
  }
  return next;
}

/** A child is of its parent's kind: a subtask of a 时序安排 item is a timeline row too. */
function checkKind(kind: string, parent: TaskRef | null, asked: string | undefined): void {
  if (parent && asked !== undefined && asked !== parent.kind) {
    throw new AppError('invalid_input', `${taskLabel(parent)}下只能添加同类条目。`);
  }
  if (parent && kind !== parent.kind) throw new AppError('invalid_input', `只能移到同类条目之下，不能移到${taskLabel(parent)}之下。`);
}

/** The parent, which must be in the plan. */
function parentIn(db: Db, planId: string, parentId: number | null | undefined): TaskRef | null {
  if (parentId == null) return null;
  const parent = requireTask(db, parentId);
  if (parent.plan_id !== planId) throw new AppError('invalid_input', `上级任务${taskLabel(parent)}属于另一个方案。`);
  return parent;
}

export function createTask(db: Db, input: ParsedInput<'tasks:create'>): { id: number } {
  return db.transaction(() => {
    assertPlanExists(db, input.planId);
    const parent = parentIn(db, input.planId, input.parentId);
    const kind = parent ? parent.kind : (input.kind ?? 'task');
    checkKind(kind, parent, input.kind);
    const none: Deadline = { kind: 'none', text: null, dueOn: null, dueTime: null, startOn: null };
    const d = resolveDeadline(none, input);
    checkLinks(db, input.planId, null, input);
    const now = new Date().toISOString();
    const id = Number(
      db
        .prepare(
          `INSERT INTO tasks (plan_id, parent_id, kind, code, title, body, position, deadline_kind, deadline_text, due_on,
             created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM tasks WHERE plan_id = ?), ?, ?, ?, ?, ?)`,
        )
        .run(input.planId, parent?.id ?? null, kind, input.code ?? '', input.title, input.body || null, input.planId, d.kind, d.text,
          d.dueOn, now, now).lastInsertRowid,
    );
    writeLinks(db, id, input);
    placeTask(db, input.planId, id, parent?.id ?? null, null);
    writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'task', entityId: id, after: taskSnapshot(db, id) }, now);
    return { id };
  })();
}

export function updateTask(db: Db, input: ParsedInput<'tasks:update'>): { id: number } {
  return db.transaction(() => {
    const task = requireTask(db, input.taskId);
    const row = db.prepare('SELECT deadline_kind, deadline_text, due_on, due_time, start_on FROM tasks WHERE id = ?').get(task.id) as {
      deadline_kind: DeadlineKind; deadline_text: string | null; due_on: string | null; due_time: string | null; start_on: string | null;
    };
    const d = resolveDeadline(
      { kind: row.deadline_kind, text: row.deadline_text, dueOn: row.due_on, dueTime: row.due_time, startOn: row.start_on },
      input,
    );
    checkLinks(db, task.plan_id, task.id, input);
    const before = taskSnapshot(db, task.id);
    const now = new Date().toISOString();
    db.prepare(
      `UPDATE tasks SET code = COALESCE(?, code), title = COALESCE(?, title), body = CASE WHEN ? THEN ? ELSE body END,
         deadline_kind = ?, deadline_text = ?, due_on = ?, due_time = ?, start_on = ? WHERE id = ?`,
    ).run(input.code ?? null, input.title ?? null, input.body !== undefined ? 1 : 0, input.body || null, d.kind, d.text, d.dueOn,
      d.dueTime, d.startOn, task.id);
    writeLinks(db, task.id, input);
    const after = taskSnapshot(db, task.id);
    // Saving the form unchanged writes nothing, not even the audit row.
    if (JSON.stringify(after) === JSON.stringify(before)) return { id: task.id };
    db.prepare('UPDATE tasks SET updated_at = ? WHERE id = ?').run(now, task.id);
    writeAudit(db, { actor: currentActor(db), action: 'update', entity: 'task', entityId: task.id, before, after: { ...after, updated_at: now } }, now);
    return { id: task.id };
  })();
}

export function moveTask(db: Db, input: ParsedInput<'tasks:move'>): { id: number } {
  return db.transaction(() => {
    const task = requireTask(db, input.taskId);
    const parent = parentIn(db, task.plan_id, input.parentId);
    if (parent && subtreeIds(db, task.id).includes(parent.id)) {
      throw new AppError('invalid_input', `不能把${taskLabel(task)}移到它自己或它的下级任务之下。`);
    }
    checkKind(task.kind, parent, undefined);
    const beforeId = input.beforeId ?? null;
    if (beforeId !== null) {
      const sibling = requireTask(db, beforeId);
      if (sibling.id === task.id || sibling.plan_id !== task.plan_id || sibling.parent_id !== (parent?.id ?? null)) {
        throw new AppError('invalid_input', `${taskLabel(sibling)}不在目标位置的同一层，不能排在它前面。`);
      }
      if (sibling.kind !== task.kind) throw new AppError('invalid_input', `只能在同类条目之间调整顺序。`);
    }
    const where = db.prepare('SELECT parent_id, position FROM tasks WHERE id = ?');
    const before = where.get(task.id);
    const now = new Date().toISOString();
    db.prepare('UPDATE tasks SET parent_id = ?, updated_at = ? WHERE id = ?').run(parent?.id ?? null, now, task.id);
    placeTask(db, task.plan_id, task.id, parent?.id ?? null, beforeId);
    const after = { ...(where.get(task.id) as object), beforeId };
    writeAudit(db, { actor: currentActor(db), action: 'update', entity: 'task', entityId: task.id, before, after }, now);
    return { id: task.id };
  })();
}

/** Removes the task and its subtasks, with their notes; the audit log keeps each row and its notes. */
export function deleteTask(db: Db, taskId: number): { deleted: number } {
  return db.transaction(() => {
    const task = requireTask(db, taskId);
    const ids = subtreeIds(db, taskId);
    const notes = db.prepare('SELECT * FROM progress_entries WHERE task_id = ? ORDER BY id');
    const kept = ids.map((id) => ({ id, before: { ...taskSnapshot(db, id), progress: notes.all(id) } }));
    db.prepare('DELETE FROM tasks WHERE id = ?').run(taskId);
    renumber(db, task.plan_id);
    const actor = currentActor(db);
    const now = new Date().toISOString();
    for (const k of kept) writeAudit(db, { actor, action: 'delete', entity: 'task', entityId: k.id, before: k.before }, now);
    return { deleted: ids.length };
  })();
}
