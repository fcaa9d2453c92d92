// The ledger's rows: every task of every plan (or one plan) in tree order, with its units,
// groups, latest standing note and light as of a date. A handful of queries for the whole
// ledger, whatever its size (a city file holds thousands of tasks and tens of thousands of
// notes); the rows are put together in memory.
import type { ParsedInput } from '../../shared/contract';
import type { Deadline, TaskKind, TaskStatus } from '../../shared/dto';
import type { LedgerResult, LedgerRow, NamedRef } from '../../shared/ledger';
import type { Db } from '../db/open';
import { assertPlanExists, groupBy, planOrder } from '../plans/plan-queries';
import { getSettings } from '../settings/settings';
import { daysLate, followUpLevel } from './followup';
import { effectiveDeadline, judgeLight, statusAsOf, todayIso } from './lights';
import { standingNotes, type NoteKey, type StandingNotes } from './notes';

type TaskRow = {
  id: number; plan_id: string; plan_title: string; parent_id: number | null; kind: TaskKind; code: string; title: string;
  body: string | null; deadline_kind: Deadline['kind']; deadline_text: string | null; due_on: string | null;
  due_time: string | null; start_on: string | null; status: TaskStatus; completed_on: string | null; pause_reason: string | null;
};
type UnitLink = { task_id: number; unit_id: number; role: 'lead' | 'cooperating' | 'responsible'; written_name: string };
type GroupLink = { task_id: number; id: number; name: string };

export function listLedger(db: Db, input: ParsedInput<'ledger:list'>): LedgerResult {
  const asOf = input.asOf ?? todayIso();
  const planId = input.planId ?? null;
  if (planId) assertPlanExists(db, planId);
  const { dueSoonDays, staleDays, followUpDays } = getSettings(db);
  const settings = { dueSoonDays, staleDays };
  // `? IS NULL OR …`: one statement for one plan or all; plans in the order the plan list shows them.
  const inPlan = '(? IS NULL OR t.plan_id = ?)';
  const tasks = db
    .prepare(
      `SELECT t.id, t.plan_id, p.title AS plan_title, t.parent_id, t.kind, t.code, t.title, t.body, t.deadline_kind,
              t.deadline_text, t.due_on, t.due_time, t.start_on, t.status, t.completed_on, t.pause_reason
       FROM tasks t JOIN plans p ON p.id = t.plan_id
       WHERE ${inPlan} AND (p.issued_on IS NULL OR p.issued_on <= ?) ORDER BY ${planOrder}, t.position`,
    )
    // A plan issued after the as-of date did not exist yet on that day: its tasks are not shown.
    .all(planId, planId, asOf) as TaskRow[];
  const units = groupBy(
    db
      .prepare(
        `SELECT tu.task_id, tu.unit_id, tu.role, tu.written_name FROM task_units tu JOIN tasks t ON t.id = tu.task_id
         WHERE ${inPlan} ORDER BY tu.task_id, tu.position`,
      )
      .all(planId, planId) as UnitLink[],
    (u) => u.task_id,
  );
  const groups = groupBy(
    db
      .prepare(
        `SELECT gt.task_id, g.id, g.name FROM group_tasks gt JOIN working_groups g ON g.id = gt.group_id
         JOIN tasks t ON t.id = gt.task_id WHERE ${inPlan} ORDER BY g.position, g.id`,
      )
      .all(planId, planId) as GroupLink[],
    (g) => g.task_id,
  );
  // Which notes stand is decided on their dates and links alone; the text is read only for the
  // notes shown. Notes dated after the as-of date do not count, except that a status set later
  // tells the engine the task had not been started then (statusAsOf).
  const notes = db
    .prepare(
      `SELECT id, task_id, entered_on, status, supersedes_id FROM progress_entries
       WHERE ? IS NULL OR task_id IN (SELECT id FROM tasks WHERE plan_id = ?)
       ORDER BY task_id, entered_on, id`,
    )
    .all(planId, planId) as NoteKey[];
  const superseded = new Set(notes.flatMap((n) => (n.supersedes_id !== null && n.entered_on <= asOf ? [n.supersedes_id] : [])));
  const notesByTask = groupBy(notes, (n) => n.task_id);
  const standingByTask = new Map<number, StandingNotes<NoteKey>>();
  for (const [taskId, list] of notesByTask) standingByTask.set(taskId, standingNotes(list.filter((n) => n.entered_on <= asOf), superseded));
  const shown = [...standingByTask.values()].flatMap((s) => [s.latest?.id, s.latestStatus?.id]).filter((id) => id !== undefined);
  const text = new Map(
    (
      db
        .prepare('SELECT id, body, author FROM progress_entries WHERE id IN (SELECT value FROM json_each(?))')
        .all(JSON.stringify([...new Set(shown)])) as { id: number; body: string; author: string | null }[]
    ).map((n) => [n.id, n]),
  );

  const deadlines = new Map(
    tasks.map((t) => [
      t.id,
      {
        parentId: t.parent_id,
        deadline: { kind: t.deadline_kind, text: t.deadline_text, dueOn: t.due_on, dueTime: t.due_time, startOn: t.start_on } as Deadline,
      },
    ]),
  );
  const parents = new Set(tasks.map((t) => t.parent_id));
  const built = new Map<number, LedgerRow>();
  const rows: LedgerRow[] = [];
  for (const t of tasks) {
    // Tree order puts a parent before its rows, so the parent's row is built by now.
    const parent = t.parent_id === null ? undefined : built.get(t.parent_id);
    const isHeading = parents.has(t.id);
    const standing = standingByTask.get(t.id) ?? { latest: null, latestStatus: null };
    const status = statusAsOf(t.status, engineNotes(notesByTask.get(t.id) ?? [], superseded, asOf), asOf);
    const deadline = effectiveDeadline(t.id, deadlines);
    const judged = judgeLight({ deadline, status, lastProgressOn: standing.latest?.entered_on ?? null, asOf }, settings);
    const late = !isHeading && judged.light === 'red' && judged.due ? daysLate(judged.due, deadline.dueTime, asOf) : null;
    const link = units.get(t.id) ?? [];
    const ref = (u: UnitLink): NamedRef => ({ id: u.unit_id, name: u.written_name });
    const latest = standing.latest;
    const latestText = latest && text.get(latest.id);
    const statusNote = standing.latestStatus && text.get(standing.latestStatus.id);
    const row: LedgerRow = {
      id: t.id,
      planId: t.plan_id,
      planTitle: t.plan_title,
      parentId: t.parent_id,
      partId: parent ? (parent.partId ?? parent.id) : null,
      kind: t.kind,
      depth: parent ? parent.depth + 1 : 0,
      isHeading,
      code: t.code,
      title: t.title,
      body: t.body,
      leadUnits: link.filter((u) => u.role === 'lead').map(ref),
      cooperatingUnits: link.filter((u) => u.role !== 'lead').map(ref),
      groups: (groups.get(t.id) ?? []).map((g) => ({ id: g.id, name: g.name })),
      deadline: deadlines.get(t.id)!.deadline,
      due: judged.due,
      dueInherited: judged.due !== null && deadline.inherited,
      status,
      // A heading's rows carry the work; it shows their lights, not one of its own.
      light: isHeading ? null : judged.light,
      daysLeft: judged.daysLeft,
      daysLate: late,
      followUp: late === null ? null : followUpLevel(late, followUpDays),
      lightReason: isHeading ? '' : judged.reason,
      latestProgress: latest && {
        id: latest.id, enteredOn: latest.entered_on, body: latestText?.body ?? '', author: latestText?.author ?? null, status: latest.status,
      },
      completedOn: status === 'done' ? (standing.latestStatus?.entered_on ?? t.completed_on) : null,
      pauseReason: status === 'paused' ? (statusNote?.body ?? t.pause_reason) : null,
    };
    built.set(t.id, row);
    rows.push(row);
  }
  return { asOf, settings, followUpDays, rows };
}

/**
 * The notes statusAsOf weighs: those standing on the as-of date (a corrected note gives way to
 * its correction) and the status notes written for later days.
 */
function engineNotes(notes: readonly NoteKey[], superseded: ReadonlySet<number>, asOf: string) {
  return notes
    .filter((n) => (n.entered_on <= asOf ? !superseded.has(n.id) : n.status !== null))
    .map((n) => ({ enteredOn: n.entered_on, status: n.status }));
}
