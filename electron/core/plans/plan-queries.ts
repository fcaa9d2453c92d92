// Reads plans and their task trees for the 方案管理 screen and the CLI.
import type { PlanDetail, PlanSummary, TaskDto, UnitKind, UnitRole } from '../../shared/dto';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';

type PlanRow = {
  id: string; title: string; doc_number: string | null; issuer: string | null; issued_on: string | null;
  published_on: string | null; scope: string; caution: string | null; source_file: string | null;
  headings: number; tasks: number; timeline: number; duties: number; has_source: number; has_regime: number; indicators: number;
};

// What each count counts, the same for the list, the plan header, the tabs and the CLI:
// a heading is a task-tree row with rows under it (一、… or a task split into division rows);
// tasks are the task-tree rows that carry work themselves (the tree's leaves).
const countOf = (kind: string, where: string) =>
  `(SELECT COUNT(*) FROM tasks t WHERE t.plan_id = p.id AND t.kind = '${kind}' AND ${where})`;
const hasChildren = 'EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)';

const planColumns = `p.id, p.title, p.doc_number, p.issuer, p.issued_on, p.published_on, p.scope, p.caution,
  p.source_file, ${countOf('task', hasChildren)} AS headings, ${countOf('task', `NOT ${hasChildren}`)} AS tasks,
  ${countOf('timeline', '1')} AS timeline, ${countOf('duty', '1')} AS duties,
  (p.source_text IS NOT NULL AND p.source_text <> '') AS has_source,
  EXISTS (SELECT 1 FROM reporting_regimes g WHERE g.plan_id = p.id) AS has_regime,
  (SELECT COUNT(*) FROM indicators i WHERE i.plan_id = p.id) AS indicators`;

const toSummary = (r: PlanRow): PlanSummary => ({
  id: r.id, title: r.title, docNumber: r.doc_number, issuer: r.issuer, issuedOn: r.issued_on, scope: r.scope,
  caution: r.caution, taskCount: r.tasks,
  counts: { headings: r.headings, tasks: r.tasks, timeline: r.timeline, duties: r.duties }, hasSource: r.has_source === 1,
  hasRegime: r.has_regime === 1, indicatorCount: r.indicators,
});

/** The order plans are listed in, everywhere (the list, the ledger, the CLI): newest first. */
export const planOrder = 'p.issued_on DESC, p.id';

export function listPlans(db: Db): PlanSummary[] {
  const rows = db.prepare(`SELECT ${planColumns} FROM plans p ORDER BY ${planOrder}`).all() as PlanRow[];
  return rows.map(toSummary);
}

function requirePlan(db: Db, planId: string): PlanRow {
  const row = db.prepare(`SELECT ${planColumns} FROM plans p WHERE p.id = ?`).get(planId) as PlanRow | undefined;
  if (!row) throw new AppError('not_found', `找不到方案“${planId}”，它可能已被删除。`);
  return row;
}

type TaskRow = {
  id: number; parent_id: number | null; kind: TaskDto['kind']; code: string; title: string; body: string | null;
  units_text: string | null; deadline_kind: TaskDto['deadline']['kind']; deadline_text: string | null;
  due_on: string | null; due_time: string | null; start_on: string | null; status: TaskDto['status']; caution: string | null;
};

export function listTasks(db: Db, planId: string): TaskDto[] {
  const rows = db
    .prepare(
      `SELECT id, parent_id, kind, code, title, body, units_text, deadline_kind, deadline_text, due_on, due_time,
              start_on, status, caution
       FROM tasks WHERE plan_id = ? ORDER BY position`,
    )
    .all(planId) as TaskRow[];
  const units = db
    .prepare(
      `SELECT tu.task_id, u.id AS unit_id, u.name, tu.written_name, u.kind, tu.role FROM task_units tu
       JOIN tasks t ON t.id = tu.task_id JOIN units u ON u.id = tu.unit_id
       WHERE t.plan_id = ? ORDER BY tu.task_id, tu.position`,
    )
    .all(planId) as { task_id: number; unit_id: number; name: string; written_name: string; kind: UnitKind; role: UnitRole }[];
  const groups = db
    .prepare(
      `SELECT gt.task_id, g.id AS group_id, g.name FROM group_tasks gt JOIN working_groups g ON g.id = gt.group_id
       WHERE g.plan_id = ? ORDER BY g.position`,
    )
    .all(planId) as { task_id: number; group_id: number; name: string }[];
  const unitsByTask = groupBy(units, (u) => u.task_id);
  const groupsByTask = groupBy(groups, (g) => g.task_id);
  return rows.map((r) => ({
    id: r.id, parentId: r.parent_id, kind: r.kind, code: r.code, title: r.title, body: r.body, unitsText: r.units_text,
    units: (unitsByTask.get(r.id) ?? []).map((u) => ({
      unitId: u.unit_id, name: u.name, writtenName: u.written_name, kind: u.kind, role: u.role,
    })),
    groups: (groupsByTask.get(r.id) ?? []).map((g) => ({ groupId: g.group_id, name: g.name })),
    deadline: { kind: r.deadline_kind, text: r.deadline_text, dueOn: r.due_on, dueTime: r.due_time, startOn: r.start_on },
    status: r.status, caution: r.caution,
  }));
}

export function getPlanDetail(db: Db, planId: string): PlanDetail {
  const row = requirePlan(db, planId);
  const phases = db
    .prepare('SELECT id, name, start_on, end_on, text FROM plan_phases WHERE plan_id = ? ORDER BY position')
    .all(planId) as { id: number; name: string; start_on: string; end_on: string; text: string }[];
  const milestones = db.prepare('SELECT text FROM phase_milestones WHERE phase_id = ? ORDER BY position');
  return {
    plan: { ...toSummary(row), publishedOn: row.published_on, sourceFile: row.source_file },
    tasks: listTasks(db, planId),
    phases: phases.map((p) => ({
      name: p.name, startOn: p.start_on, endOn: p.end_on, text: p.text,
      milestones: (milestones.all(p.id) as { text: string }[]).map((m) => m.text),
    })),
  };
}

export function getPlanSource(db: Db, planId: string): { fileName: string | null; text: string } {
  requirePlan(db, planId);
  const row = db.prepare('SELECT source_file, source_text FROM plans WHERE id = ?').get(planId) as {
    source_file: string | null; source_text: string | null;
  };
  return { fileName: row.source_file, text: row.source_text ?? '' };
}

export function assertPlanExists(db: Db, planId: string): void {
  requirePlan(db, planId);
}

/** One plan's list entry, counted the same way as listPlans. */
export function getPlanSummary(db: Db, planId: string): PlanSummary {
  return toSummary(requirePlan(db, planId));
}

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
