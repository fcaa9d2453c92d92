// Importing an existing ledger or division table into a new or existing plan: read, previewed
// with the clerk's column mapping, then written in one transaction — every task, its units
// (matched to the registry by name or alias; a name not found becomes a new unit, and the preview
// says which), its deadline and its progress. All of it or nothing.
import { randomUUID } from 'node:crypto';
import { readDeadlineText } from '../../../shared/deadline-text';
import { todayIso } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import { ledgerFields, type LedgerField, type LedgerImportDto, type LedgerPreviewDto, type Mapping } from '../../../shared/imports';
import { statusLabels } from '../../../shared/ledger';
import type { Db } from '../../db/open';
import { addProgress } from '../../ledger/progress';
import { createTask } from '../../ledger/task-edit';
import { createPlan } from '../../plans/plan-create';
import { getPlanSummary } from '../../plans/plan-queries';
import { itemsOf } from './ledger-items';
import { guessMapping, readGrid, type SheetGrid } from './ledger-sheet';
import { checkSize, readBook } from './read-book';
import type { IncomingFile } from './template-import';

export type LedgerTarget = { planId: string } | { newPlan: { title: string; scope: string } };

const kept = new Map<string, { db: Db; fileName: string; grid: SheetGrid; at: number }>();

export function previewLedger(db: Db, file: IncomingFile, mapping?: Mapping): LedgerPreviewDto {
  checkSize(file.size);
  const grid = readGrid(readBook(file.read()));
  const previewId = randomUUID();
  for (const [id, k] of kept) if (Date.now() - k.at > 2 * 60 * 60 * 1000) kept.delete(id);
  kept.set(previewId, { db, fileName: file.name, grid, at: Date.now() });
  return preview(db, previewId, mapping ?? guessMapping(grid.headers));
}

export function remapLedger(db: Db, previewId: string, mapping: Mapping): LedgerPreviewDto {
  return preview(db, previewId, mapping);
}

function held(db: Db, previewId: string) {
  const k = kept.get(previewId);
  if (!k || k.db !== db) throw new AppError('not_found', '预览已过期，请重新选择文件');
  return k;
}

function preview(db: Db, previewId: string, mapping: Mapping): LedgerPreviewDto {
  const { grid, fileName } = held(db, previewId);
  if (mapping.task === undefined && mapping.division === undefined) throw new AppError('invalid_input', '请至少指定“重点任务”或“任务分工”所在的列');
  const { items, problems } = itemsOf(grid, mapping);
  const names = [...new Set(items.flatMap((i) => [...i.lead, ...i.cooperating]))];
  const found = names.filter((n) => unitIdOf(db, n, null) !== null);
  const fieldOf = new Map(Object.entries(mapping).map(([f, i]) => [i, f as LedgerField]));
  return {
    previewId, fileName, sheetName: grid.sheetName, headerRow: grid.headerRow,
    columns: grid.headers.map((header, index) => ({ index, header, field: fieldOf.get(index) ?? null })).filter((c) => c.header || c.field),
    counts: {
      parts: items.filter((i) => i.kind === 'part').length, tasks: items.filter((i) => i.kind === 'task').length,
      subtasks: items.filter((i) => i.kind === 'subtask').length, progress: items.reduce((n, i) => n + i.progress.length, 0),
    },
    items: items.slice(0, 200), knownUnits: found, newUnits: names.filter((n) => !found.includes(n)), problems,
  };
}

/** A unit by its name or an alias, preferring the plan's own scope. */
function unitIdOf(db: Db, name: string, scope: string | null): number | null {
  const rows = db.prepare(
    `SELECT id, scope FROM units WHERE name = ? UNION SELECT u.id, u.scope FROM unit_aliases a JOIN units u ON u.id = a.unit_id WHERE a.alias = ?`,
  ).all(name, name) as { id: number; scope: string }[];
  return (rows.find((r) => r.scope === scope) ?? rows[0])?.id ?? null;
}

export function importLedger(db: Db, previewId: string, mapping: Mapping, target: LedgerTarget): LedgerImportDto {
  for (const k of Object.keys(mapping)) if (!(ledgerFields as readonly string[]).includes(k)) throw new AppError('invalid_input', `未知的列用途：${k}`);
  const { grid } = held(db, previewId);
  const { items } = itemsOf(grid, mapping);
  if (!items.some((i) => i.kind !== 'part')) throw new AppError('invalid_input', '没有读到任何任务，请检查各列的对应关系');
  const today = todayIso();
  const result = db.transaction(() => {
    const plan = 'planId' in target ? getPlanSummary(db, target.planId) : createPlan(db, target.newPlan);
    const year = Number((plan.issuedOn ?? today).slice(0, 4));
    const newUnits: string[] = [];
    // Each name is looked up (or made) once; the same unit recurs on many rows.
    const ids = new Map<string, number>();
    const unitId = (name: string) => {
      let id = ids.get(name) ?? unitIdOf(db, name, plan.scope);
      if (id === null) {
        newUnits.push(name);
        id = Number(db.prepare("INSERT INTO units (scope, name, kind) VALUES (?, ?, 'other')").run(plan.scope, name).lastInsertRowid);
      }
      ids.set(name, id);
      return id;
    };
    const wording = db.prepare('UPDATE task_units SET written_name = ? WHERE task_id = ? AND unit_id = ?');
    let part: number | null = null;
    let task: number | null = null;
    let tasks = 0;
    let notes = 0;
    for (const item of items) {
      const parentId = item.kind === 'part' ? null : item.kind === 'task' ? part : task;
      const d = item.deadline ? readDeadlineText(item.deadline, year) : { kind: 'none' as const, dueOn: null };
      const lead = [...new Set(item.lead.map(unitId))];
      const cooperating = [...new Set(item.cooperating.map(unitId))].filter((id) => !lead.includes(id));
      const { id } = createTask(db, {
        planId: plan.id, parentId, code: item.code, title: item.title.slice(0, 500), body: item.body?.slice(0, 5000) ?? null,
        deadlineText: item.deadline.slice(0, 60) || null, deadlineKind: d.kind, dueOn: d.dueOn, leadUnitIds: lead, cooperatingUnitIds: cooperating,
      });
      // A unit found by an alias keeps the words the ledger wrote for it, as links the plans wrote do.
      for (const name of [...item.lead, ...item.cooperating]) wording.run(name, id, unitId(name));
      tasks++;
      if (item.kind === 'part') part = id;
      if (item.kind === 'task') task = id;
      const lines = item.progress.map((p) => ({ on: p.on && p.on <= today ? p.on : today, body: p.body.slice(0, 2000) }));
      if (!lines.length && item.status && item.status !== 'not_started') lines.push({ on: today, body: `据导入的台账，状态为${statusLabels[item.status]}` });
      lines.forEach((p, i) => {
        const status = i === lines.length - 1 && item.status && item.status !== 'not_started' && item.kind !== 'part' ? item.status : undefined;
        addProgress(db, { taskIds: [id], enteredOn: p.on, body: p.body, ...(status ? { status } : {}) });
        notes++;
      });
    }
    return { planId: plan.id, tasks, progress: notes, newUnits };
  })();
  kept.delete(previewId);
  return result;
}
