// Inserts the parts of one curated plan. Called inside loadSeedPlans' transaction.
import type { Db } from '../db/open';
import type { SeedPlan, SeedTask } from './seed-schema';
import type { UnitResolver } from './unit-registry';

type Ctx = { db: Db; planId: string; unitId: UnitResolver; now: string };
type TaskCtx = Ctx & { groupId: (name: string) => number };
type Kind = 'task' | 'timeline' | 'duty';

export function insertTaskTree(ctx: TaskCtx, tasks: SeedTask[], kind: Kind, dutyOfGroup?: number): void {
  const { db } = ctx;
  const insertTask = db.prepare(
    `INSERT INTO tasks (plan_id, parent_id, kind, code, title, body, position, units_text, deadline_kind,
       deadline_text, due_on, due_time, start_on, caution, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const linkUnit = db.prepare(
    'INSERT OR IGNORE INTO task_units (task_id, unit_id, role, position, written_name) VALUES (?, ?, ?, ?, ?)',
  );
  const linkGroup = db.prepare('INSERT OR IGNORE INTO group_tasks (group_id, task_id, role) VALUES (?, ?, ?)');
  // Positions run on across the plan's kinds (tree, timeline, duties), after whatever is there.
  let position = (db.prepare('SELECT COALESCE(MAX(position), 0) AS p FROM tasks WHERE plan_id = ?').get(ctx.planId) as { p: number }).p;

  const insert = (task: SeedTask, parentId: number | null): void => {
    const p = ++position;
    const d = task.deadline;
    const id = Number(
      insertTask.run(
        ctx.planId, parentId, kind, task.code, task.title, task.body ?? null, p, task.unitsText ?? null,
        d?.kind ?? 'none', d?.text ?? null, d?.dueOn ?? null, d?.dueTime ?? null, d?.startOn ?? null,
        task.caution ?? null, ctx.now, ctx.now,
      ).lastInsertRowid,
    );
    (task.units ?? []).forEach((u, i) => linkUnit.run(id, ctx.unitId(u.name), u.role, i, u.name));
    if (dutyOfGroup !== undefined && parentId === null) linkGroup.run(dutyOfGroup, id, 'duty');
    for (const name of task.groups ?? []) linkGroup.run(ctx.groupId(name), id, 'responsible');
    for (const child of task.children ?? []) insert(child, id);
  };
  for (const task of tasks) insert(task, null);
}

export function insertGroups(ctx: Ctx, groups: NonNullable<SeedPlan['groups']>): Map<string, number> {
  const { db } = ctx;
  const insertGroup = db.prepare(
    `INSERT INTO working_groups (plan_id, code, name, duties, lead_units_text, member_units_text, roster_members_text, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const linkUnit = db.prepare(
    'INSERT OR IGNORE INTO group_units (group_id, unit_id, role, position, written_name) VALUES (?, ?, ?, ?, ?)',
  );
  const insertRoster = db.prepare(
    'INSERT INTO group_roster (group_id, role, person_name, post, unit_id, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertTeam = db.prepare(
    'INSERT INTO supervision_teams (group_id, name, hospital_unit_id, members_text, position) VALUES (?, ?, ?, ?, ?)',
  );
  const ids = new Map<string, number>();
  groups.forEach((g, position) => {
    const id = Number(
      insertGroup.run(ctx.planId, g.code, g.name, g.duties ?? null, g.leadUnitsText ?? null, g.memberUnitsText ?? null,
        g.rosterMembersText ?? null, position).lastInsertRowid,
    );
    ids.set(g.name, id);
    (g.leadUnits ?? []).forEach((name, i) => linkUnit.run(id, ctx.unitId(name), 'lead', i, name));
    (g.memberUnits ?? []).forEach((name, i) => linkUnit.run(id, ctx.unitId(name), 'member', i, name));
    (g.roster ?? []).forEach((r, i) =>
      insertRoster.run(id, r.role, r.person ?? null, r.post ?? null, r.unit ? ctx.unitId(r.unit) : null, i),
    );
    (g.supervisionTeams ?? []).forEach((t, i) => insertTeam.run(id, t.name, ctx.unitId(t.hospital), t.membersText ?? null, i));
  });
  return ids;
}

export function insertIndicators(ctx: Ctx, indicators: NonNullable<SeedPlan['indicators']>): void {
  const { db } = ctx;
  const insert = db.prepare(
    `INSERT INTO indicators (plan_id, code, position, category, name, unit_label, direction, baseline_year,
       baseline_text, baseline_value, responsible_units_text, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTarget = db.prepare(
    'INSERT INTO indicator_targets (indicator_id, year, text, value, comparator) VALUES (?, ?, ?, ?, ?)',
  );
  const linkUnit = db.prepare(
    'INSERT OR IGNORE INTO indicator_units (indicator_id, unit_id, position, written_name) VALUES (?, ?, ?, ?)',
  );
  indicators.forEach((ind, position) => {
    const id = Number(
      insert.run(ctx.planId, ind.code, position + 1, ind.category ?? null, ind.name, ind.unitLabel ?? null, ind.direction,
        ind.baseline?.year ?? null, ind.baseline?.text ?? null, ind.baseline?.value ?? null,
        ind.responsibleUnitsText ?? null, ind.note ?? null).lastInsertRowid,
    );
    for (const t of ind.targets) insertTarget.run(id, t.year, t.text, t.value ?? null, t.comparator ?? null);
    (ind.responsibleUnits ?? []).forEach((name, i) => linkUnit.run(id, ctx.unitId(name), i, name));
  });
}

export function insertPhases(ctx: Ctx, phases: NonNullable<SeedPlan['phases']>): void {
  const insert = ctx.db.prepare(
    'INSERT INTO plan_phases (plan_id, name, start_on, end_on, text, position) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertMilestone = ctx.db.prepare('INSERT INTO phase_milestones (phase_id, position, text) VALUES (?, ?, ?)');
  phases.forEach((p, position) => {
    const id = Number(insert.run(ctx.planId, p.name, p.startOn, p.endOn, p.text, position).lastInsertRowid);
    (p.milestones ?? []).forEach((m, i) => insertMilestone.run(id, i, m));
  });
}

export function insertRegime(ctx: TaskCtx, regime: NonNullable<SeedPlan['regime']>): void {
  const { db } = ctx;
  const regimeId = Number(
    db.prepare(
      `INSERT INTO reporting_regimes (plan_id, name, start_on, text, recipient_unit_id, incident_rule)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(ctx.planId, regime.name, regime.startOn, regime.text, ctx.unitId(regime.recipient), regime.incidentRule ?? null)
      .lastInsertRowid,
  );
  const insertPhase = db.prepare(
    `INSERT INTO reporting_phases (regime_id, name, frequency, start_on, end_on, due_time, text, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  regime.phases.forEach((p, i) =>
    insertPhase.run(regimeId, p.name, p.frequency, p.startOn, p.endOn, p.dueTime ?? null, p.text ?? null, i),
  );
  const insertReporter = db.prepare(
    'INSERT INTO reporting_units (regime_id, unit_id, group_id, position) VALUES (?, ?, ?, ?)',
  );
  let position = 0;
  for (const name of regime.reportingUnits) insertReporter.run(regimeId, ctx.unitId(name), null, position++);
  for (const name of regime.reportingGroups ?? []) insertReporter.run(regimeId, null, ctx.groupId(name), position++);
  const insertSummary = db.prepare(
    'INSERT INTO regime_summaries (regime_id, frequency, text, position) VALUES (?, ?, ?, ?)',
  );
  const insertRecipient = db.prepare('INSERT OR IGNORE INTO summary_recipients (summary_id, unit_id) VALUES (?, ?)');
  regime.summaries.forEach((s, i) => {
    const summaryId = Number(insertSummary.run(regimeId, s.frequency, s.text, i).lastInsertRowid);
    for (const name of s.to) insertRecipient.run(summaryId, ctx.unitId(name));
  });
}
