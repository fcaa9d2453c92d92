// A task's units (牵头 / 配合) and working groups (责任组), as the task form edits them.
// Links a plan wrote keep their wording: a unit still listed keeps the name the plan writes for
// it (市卫生计生委 in 2018) and its role (配合 or 负责); only a newly chosen unit takes its current name.
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';

export type LinkChoice = { leadUnitIds?: number[]; cooperatingUnitIds?: number[]; groupIds?: number[] };

type UnitLink = { unit_id: number; role: 'lead' | 'cooperating' | 'responsible'; written_name: string };

/** Refuses unknown units and groups, groups of another plan, and a unit both leading and cooperating. */
export function checkLinks(db: Db, planId: string, taskId: number | null, choice: LinkChoice): void {
  const unitName = db.prepare('SELECT name FROM units WHERE id = ?');
  for (const id of [...(choice.leadUnitIds ?? []), ...(choice.cooperatingUnitIds ?? [])]) {
    if (!unitName.get(id)) throw new AppError('not_found', `找不到编号为 ${id} 的单位，它可能已被合并或删除，请重新选择。`);
  }
  const current = taskId === null ? [] : currentUnits(db, taskId);
  const lead = choice.leadUnitIds ?? current.filter((u) => u.role === 'lead').map((u) => u.unit_id);
  const cooperating = choice.cooperatingUnitIds ?? current.filter((u) => u.role !== 'lead').map((u) => u.unit_id);
  const both = lead.find((id) => cooperating.includes(id));
  if (both !== undefined) {
    const { name } = unitName.get(both) as { name: string };
    throw new AppError('invalid_input', `“${name}”不能既是牵头单位又是配合单位，请只选一处。`);
  }
  const group = db.prepare('SELECT name, plan_id FROM working_groups WHERE id = ?');
  for (const id of choice.groupIds ?? []) {
    const g = group.get(id) as { name: string; plan_id: string } | undefined;
    if (!g) throw new AppError('not_found', `找不到编号为 ${id} 的工作组，它可能已被删除，请重新选择。`);
    if (g.plan_id !== planId) throw new AppError('invalid_input', `工作组“${g.name}”属于另一个方案，不能作为本方案任务的责任组。`);
  }
}

function currentUnits(db: Db, taskId: number): UnitLink[] {
  return db
    .prepare('SELECT unit_id, role, written_name FROM task_units WHERE task_id = ? ORDER BY position')
    .all(taskId) as UnitLink[];
}

/** Writes the lists that were given (a list replaces the previous one); checkLinks has passed. */
export function writeLinks(db: Db, taskId: number, choice: LinkChoice): void {
  if (choice.leadUnitIds || choice.cooperatingUnitIds) {
    const current = currentUnits(db, taskId);
    const currentLead = current.filter((u) => u.role === 'lead');
    const currentOther = current.filter((u) => u.role !== 'lead');
    const name = db.prepare('SELECT name FROM units WHERE id = ?');
    // A unit moved between the lists keeps the plan's wording; only a new one takes its current name.
    const pick = (ids: number[], kept: UnitLink[], role: 'lead' | 'cooperating'): UnitLink[] =>
      unique(ids).map((id) => {
        const written = current.find((u) => u.unit_id === id)?.written_name ?? (name.get(id) as { name: string }).name;
        return kept.find((u) => u.unit_id === id) ?? { unit_id: id, role, written_name: written };
      });
    const lead = choice.leadUnitIds ? pick(choice.leadUnitIds, currentLead, 'lead') : currentLead;
    const other = choice.cooperatingUnitIds ? pick(choice.cooperatingUnitIds, currentOther, 'cooperating') : currentOther;
    const next = [...lead, ...other];
    if (JSON.stringify(next) !== JSON.stringify(current)) {
      db.prepare('DELETE FROM task_units WHERE task_id = ?').run(taskId);
      const insert = db.prepare('INSERT INTO task_units (task_id, unit_id, role, position, written_name) VALUES (?, ?, ?, ?, ?)');
      next.forEach((u, i) => insert.run(taskId, u.unit_id, u.role, i, u.written_name));
    }
  }
  if (choice.groupIds) {
    const roles = new Map(
      (db.prepare('SELECT group_id, role FROM group_tasks WHERE task_id = ?').all(taskId) as { group_id: number; role: string }[]).map(
        (g) => [g.group_id, g.role],
      ),
    );
    const next = unique(choice.groupIds);
    if (next.length !== roles.size || next.some((id) => !roles.has(id))) {
      db.prepare('DELETE FROM group_tasks WHERE task_id = ?').run(taskId);
      const insert = db.prepare('INSERT INTO group_tasks (group_id, task_id, role) VALUES (?, ?, ?)');
      for (const id of next) insert.run(id, taskId, roles.get(id) ?? 'responsible');
    }
  }
}

const unique = (ids: number[]): number[] => [...new Set(ids)];

/** What the audit log keeps of a task: its row, its units and its groups. */
export function taskSnapshot(db: Db, taskId: number): Record<string, unknown> | null {
  const row = db.prepare('SELECT * FROM tasks WHERE id = ?').get(taskId) as Record<string, unknown> | undefined;
  if (!row) return null;
  return {
    ...row,
    units: currentUnits(db, taskId),
    groups: db.prepare('SELECT group_id, role FROM group_tasks WHERE task_id = ? ORDER BY group_id').all(taskId),
  };
}
