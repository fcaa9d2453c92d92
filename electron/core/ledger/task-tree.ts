// The shape of one plan's task tree: where a task sits, what lies under it, and positions.
// tasks.position is one ordering over the whole plan (plan-queries reads a plan's tasks with
// ORDER BY position and builds the tree from that list), so a structural change renumbers the
// whole plan in tree order rather than only the siblings it touched.
import type { TaskKind } from '../../shared/dto';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';

export type TaskRef = { id: number; plan_id: string; parent_id: number | null; kind: TaskKind; code: string; title: string };

/** The task, or not_found in the clerk's words. */
export function requireTask(db: Db, taskId: number): TaskRef {
  const row = db.prepare('SELECT id, plan_id, parent_id, kind, code, title FROM tasks WHERE id = ?').get(taskId) as
    | TaskRef
    | undefined;
  if (!row) throw new AppError('not_found', `找不到任务（编号 ${taskId}），它可能已被删除。`);
  return row;
}

/** “（三）落实财政投入责任” — how a message names a task. */
export const taskLabel = (t: Pick<TaskRef, 'code' | 'title'>): string => `“${t.code ? `${t.code}${t.title}` : t.title}”`;

/** The task and everything under it, the task first, in tree order. */
export function subtreeIds(db: Db, taskId: number): number[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT t.id FROM tasks t JOIN sub ON t.parent_id = sub.id)
       SELECT t.id FROM sub JOIN tasks t ON t.id = sub.id ORDER BY t.position`,
    )
    .all(taskId) as { id: number }[];
  return rows.map((r) => r.id);
}

export function hasChildren(db: Db, taskId: number): boolean {
  return db.prepare('SELECT 1 FROM tasks WHERE parent_id = ? LIMIT 1').get(taskId) !== undefined;
}

// Top-level rows keep their blocks: the plan's tasks, then its timeline (时序安排), then group duties.
const kindRank: Record<TaskKind, number> = { task: 0, timeline: 1, duty: 2 };

type Node = { id: number; parent_id: number | null; kind: TaskKind };

/**
 * Puts the task (with its subtree) under parentId, before beforeId or last among its siblings
 * (at the top level: last of its own kind's block), then renumbers the whole plan in tree order.
 * The caller has checked that the move is allowed and has set tasks.parent_id.
 */
export function placeTask(db: Db, planId: string, taskId: number, parentId: number | null, beforeId: number | null): void {
  renumber(db, planId, (children, rows) => {
    const moved = rows.find((r) => r.id === taskId);
    if (!moved) throw new Error(`task ${taskId} is not in plan ${planId}`);
    for (const list of children.values()) {
      const i = list.indexOf(moved);
      if (i >= 0) list.splice(i, 1);
    }
    const siblings = children.get(parentId) ?? [];
    children.set(parentId, siblings);
    let at = siblings.length;
    if (beforeId !== null) at = siblings.findIndex((s) => s.id === beforeId);
    else if (parentId === null) {
      const after = siblings.findIndex((s) => kindRank[s.kind] > kindRank[moved.kind]);
      if (after >= 0) at = after;
    }
    if (at < 0) throw new Error(`task ${beforeId} is not a sibling under ${parentId}`);
    siblings.splice(at, 0, moved);
  });
}

/** Positions 1, 2, 3 … in tree order, after a rearrangement of the children lists (or none). */
export function renumber(
  db: Db,
  planId: string,
  rearrange: (children: Map<number | null, Node[]>, rows: Node[]) => void = () => {},
): void {
  const rows = db.prepare('SELECT id, parent_id, kind FROM tasks WHERE plan_id = ? ORDER BY position, id').all(planId) as Node[];
  const children = new Map<number | null, Node[]>();
  for (const r of rows) {
    const list = children.get(r.parent_id);
    if (list) list.push(r);
    else children.set(r.parent_id, [r]);
  }
  rearrange(children, rows);
  const order: number[] = [];
  const visit = (id: number | null) => {
    for (const c of children.get(id) ?? []) {
      order.push(c.id);
      visit(c.id);
    }
  };
  visit(null);
  const update = db.prepare('UPDATE tasks SET position = ? WHERE id = ? AND position <> ?');
  order.forEach((id, i) => update.run(i + 1, id, i + 1));
}
