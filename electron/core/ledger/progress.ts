// Progress notes (进展): one note on one task, or the same note on a selection. Notes are
// append-only; a correction is a new note that names the one it replaces. A note may carry the
// task's new status, which the task row keeps as of today (the ledger works statuses out as of
// any date from the notes themselves).
import type { ParsedInput } from '../../shared/contract';
import type { TaskStatus } from '../../shared/dto';
import { AppError } from '../../shared/errors';
import type { ProgressDto } from '../../shared/ledger';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { currentActor } from '../settings/settings';
import { todayIso } from './lights';
import { noteColumns, standingNotes, toProgressDto, type NoteRow } from './notes';
import { hasChildren, requireTask, taskLabel } from './task-tree';

/** One task's notes, newest first, each with the correction that replaced it, if any. */
export function listProgress(db: Db, taskId: number): ProgressDto[] {
  requireTask(db, taskId);
  const rows = db
    .prepare(
      `SELECT ${noteColumns}, (SELECT MIN(s.id) FROM progress_entries s WHERE s.supersedes_id = p.id) AS superseded_by
       FROM progress_entries p WHERE task_id = ? ORDER BY entered_on DESC, id DESC`,
    )
    .all(taskId) as (NoteRow & { superseded_by: number | null })[];
  return rows.map((r) => toProgressDto(r, r.superseded_by));
}

type TaskState = { status: TaskStatus; completed_on: string | null; pause_reason: string | null };

/** The task's status as its standing notes set it: the latest status note, or 未启动 when none stands. */
function stateFromNotes(db: Db, taskId: number): TaskState {
  const notes = db.prepare(`SELECT ${noteColumns} FROM progress_entries WHERE task_id = ? ORDER BY entered_on, id`).all(taskId) as NoteRow[];
  const superseded = new Set(notes.flatMap((n) => (n.supersedes_id === null ? [] : [n.supersedes_id])));
  const note = standingNotes(notes, superseded).latestStatus;
  if (!note?.status) return { status: 'not_started', completed_on: null, pause_reason: null };
  return {
    status: note.status,
    completed_on: note.status === 'done' ? note.entered_on : null,
    pause_reason: note.status === 'paused' ? note.body : null,
  };
}

/**
 * Refuses, before anything is written: future dates, unknown tasks, a status on a heading, a stray
 * correction, and 已完成 on an assigned task (交办事项 are 办结 only by 销号, after the lead reported).
 */
function check(db: Db, input: ParsedInput<'progress:add'>, taskIds: number[], closing: boolean): void {
  const today = todayIso();
  if (input.enteredOn > today) {
    throw new AppError('invalid_input', `进展日期 ${input.enteredOn} 晚于今天（${today}），不能预先登记。`);
  }
  const tasks = taskIds.map((id) => requireTask(db, id));
  const heading = input.status ? tasks.find((t) => hasChildren(db, t.id)) : undefined;
  if (heading) {
    throw new AppError(
      'invalid_input',
      `${taskLabel(heading)}下还有子任务，它的状态看各子任务，不能单独设置；可以只记进展、不选状态，或给子任务设置状态。`,
    );
  }
  if (input.status === 'done' && !closing) {
    const assigned = tasks.find((t) => db.prepare('SELECT 1 FROM assignment_items WHERE task_id = ? AND closed_on IS NULL').get(t.id));
    if (assigned) {
      throw new AppError('invalid_input', `${taskLabel(assigned)}是交办事项，须由牵头单位反馈办结后，在“交办督办”中销号；这里可以只记进展。`);
    }
  }
  if (input.supersedesId === undefined) return;
  const old = db
    .prepare('SELECT task_id, (SELECT 1 FROM progress_entries s WHERE s.supersedes_id = p.id LIMIT 1) AS done FROM progress_entries p WHERE id = ?')
    .get(input.supersedesId) as { task_id: number; done: number | null } | undefined;
  if (!old) throw new AppError('not_found', `找不到编号为 ${input.supersedesId} 的进展记录，它所在的任务可能已被删除。`);
  if (taskIds.length !== 1 || old.task_id !== taskIds[0]) {
    throw new AppError('invalid_input', '更正只能针对同一项任务的进展记录，请只选这一项任务。');
  }
  if (old.done) throw new AppError('conflict', '这条进展记录已经更正过；如需再改，请更正最新的那一条。');
}

/** `closing`: the 销号 of an assigned task, the one way such a task becomes 已完成. */
export function addProgress(db: Db, input: ParsedInput<'progress:add'>, closing = false): ProgressDto[] {
  return db.transaction(() => {
    const taskIds = [...new Set(input.taskIds)];
    check(db, input, taskIds, closing);
    const actor = currentActor(db);
    const now = new Date().toISOString();
    const insert = db.prepare(
      `INSERT INTO progress_entries (task_id, entered_on, body, status, author, created_at, supersedes_id)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING ${noteColumns}`,
    );
    const state = db.prepare('SELECT status, completed_on, pause_reason FROM tasks WHERE id = ?');
    const setState = db.prepare('UPDATE tasks SET status = ?, completed_on = ?, pause_reason = ?, updated_at = ? WHERE id = ?');
    return taskIds.map((taskId) => {
      const note = insert.get(taskId, input.enteredOn, input.body, input.status ?? null, actor, now, input.supersedesId ?? null) as NoteRow;
      const before = state.get(taskId) as TaskState;
      // A backdated status note (earlier than the task's latest one) is history: the task keeps its status.
      const after = input.status || input.supersedesId !== undefined ? stateFromNotes(db, taskId) : before;
      const changed = JSON.stringify(after) !== JSON.stringify(before);
      if (changed) setState.run(after.status, after.completed_on, after.pause_reason, now, taskId);
      const dto = toProgressDto(note, null);
      writeAudit(db, { actor, action: 'create', entity: 'progress', entityId: note.id, before: changed ? { taskId, ...before } : undefined, after: dto }, now);
      return dto;
    });
  })();
}
