// The draft the clerk reviewed, saved as a new plan in one transaction: the plan (origin
// 'extracted', the notice's text kept as its source), every task through the ledger's own
// createTask, each unit linked by the registry id the clerk confirmed or made new in the plan's
// scope, and the timeline. All of it or nothing.
import type { SaveDraftTask } from '../../shared/contract/notices';
import type { ParsedInput } from '../../shared/contract';
import { readDeadlineText } from '../../shared/deadline-text';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { createTask } from '../ledger/task-edit';
import { createPlan } from '../plans/plan-create';
import { currentActor } from '../settings/settings';
import { unitFinder } from './registry';

type UnitRef = NonNullable<SaveDraftTask['lead']>[number];

export function saveDraft(db: Db, input: ParsedInput<'notices:save'>): { planId: string; tasks: number; newUnits: string[] } {
  return db.transaction(() => {
    const plan = createPlan(db, { title: input.title, docNumber: input.docNumber, issuer: input.issuer, issuedOn: input.issuedOn, scope: input.scope });
    db.prepare(`UPDATE plans SET origin = 'extracted', source_text = ?, source_file = ? WHERE id = ?`).run(input.sourceText, input.fileName || null, plan.id);
    const year = Number((input.issuedOn ?? new Date().toISOString()).slice(0, 4));
    const newUnits: string[] = [];
    const byName = new Map<string, number>();
    const findByName = unitFinder(db, input.scope);
    const exists = db.prepare('SELECT 1 FROM units WHERE id = ?');
    const unitId = (ref: UnitRef): number => {
      if ('unitId' in ref) {
        if (!exists.get(ref.unitId)) throw new AppError('not_found', `单位（编号 ${ref.unitId}）不存在，请重新选择`);
        return ref.unitId;
      }
      const name = ref.name.trim();
      let id = byName.get(name) ?? findByName(name)?.id;
      if (id === undefined) {
        id = Number(db.prepare("INSERT INTO units (scope, name, kind) VALUES (?, ?, 'other')").run(input.scope, name).lastInsertRowid);
        newUnits.push(name);
        writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'unit', entityId: id, after: { scope: input.scope, name } });
      }
      byName.set(name, id);
      return id;
    };
    const addResponsible = db.prepare(
      `INSERT OR IGNORE INTO task_units (task_id, unit_id, role, position, written_name)
       VALUES (?, ?, 'responsible', (SELECT COALESCE(MAX(position), 0) + 1 FROM task_units WHERE task_id = ?), (SELECT name FROM units WHERE id = ?))`,
    );
    let count = 0;
    const write = (tasks: SaveDraftTask[], parentId: number | null, kind: 'task' | 'timeline') => {
      for (const t of tasks) {
        const d = t.deadlineText ? readDeadlineText(t.deadlineText, year) : { kind: 'none' as const, dueOn: null };
        const lead = [...new Set((t.lead ?? []).map(unitId))];
        const cooperating = [...new Set((t.cooperating ?? []).map(unitId))].filter((x) => !lead.includes(x));
        const { id } = createTask(db, {
          planId: plan.id, parentId, ...(parentId === null ? { kind } : {}), code: t.code, title: t.title, body: t.body ?? null,
          deadlineText: t.deadlineText || null, deadlineKind: d.kind, dueOn: d.dueOn, leadUnitIds: lead, cooperatingUnitIds: cooperating,
        });
        for (const r of t.responsible ?? []) {
          const u = unitId(r);
          if (!lead.includes(u) && !cooperating.includes(u)) addResponsible.run(id, u, id, u);
        }
        count++;
        write(t.children ?? [], id, kind);
      }
    };
    write(input.tasks, null, 'task');
    write(input.timeline ?? [], null, 'timeline');
    return { planId: plan.id, tasks: count, newUnits };
  })();
}
