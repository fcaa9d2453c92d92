// 交办清单 as the screens read them: each list with its recipients (签收, contacts), its items with
// their 反馈, 销号 and — once issued — the ledger's judgement of each task today.
import type { AssignmentItemDto, AssignmentListDto, AssignmentSummaryDto, FeedbackDto, RecipientDto, SourceKind } from '../../shared/assignments';
import { todayIso } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { listLedger } from '../ledger/ledger-query';
import { groupBy } from '../plans/plan-queries';
import { contactsByOwner, contactsOf } from './contacts';

type ListRow = {
  id: number; plan_id: string | null; plan_title: string | null; year: number; seq: number; title: string; assigned_on: string;
  source_kind: SourceKind; source_text: string; status: 'draft' | 'issued'; issued_at: string | null;
};
type RecipientRow = { id: number; unit_id: number | null; group_id: number | null; name: string; signed_at: string | null; signed_by: string | null; sign_source: 'manual' | 'import' | null };
type ItemRow = { id: number; position: number; title: string; body: string | null; deadline_text: string | null; due_on: string | null; task_id: number | null; closed_on: string | null; closed_by: string | null };
type FeedbackRow = { id: number; item_id: number; recipient_id: number; reported_on: string; body: string; status: 'in_progress' | 'done'; source: 'manual' | 'import'; source_file: string | null; created_at: string };

export const listNumber = (year: number, seq: number) => `〔${year}〕${seq}号`;

/** Joins that name a recipient `r`: `COALESCE(u.name, g.name) AS name` then reads its unit's or group's name. */
export const recipientNameJoins = 'LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN working_groups g ON g.id = r.group_id';

const listColumns = `l.id, l.plan_id, p.title AS plan_title, l.year, l.seq, l.title, l.assigned_on, l.source_kind, l.source_text, l.status, l.issued_at
  FROM assignment_lists l LEFT JOIN plans p ON p.id = l.plan_id`;

export function requireList(db: Db, listId: number): ListRow {
  const row = db.prepare(`SELECT ${listColumns} WHERE l.id = ?`).get(listId) as ListRow | undefined;
  if (!row) throw new AppError('not_found', `找不到编号为 ${listId} 的交办清单，它可能已被删除。`);
  return row;
}

export function readRecipients(db: Db, listId: number): RecipientDto[] {
  const contacts = contactsByOwner(db);
  const rows = db
    .prepare(
      `SELECT r.id, r.unit_id, r.group_id, COALESCE(u.name, g.name) AS name, r.signed_at, r.signed_by, r.sign_source
       FROM assignment_recipients r ${recipientNameJoins}
       WHERE r.list_id = ? ORDER BY r.id`,
    )
    .all(listId) as RecipientRow[];
  return rows.map((r) => {
    const owner = r.unit_id !== null ? { kind: 'unit' as const, id: r.unit_id } : { kind: 'group' as const, id: r.group_id! };
    return { ...owner, recipientId: r.id, name: r.name, signedAt: r.signed_at, signedBy: r.signed_by, signSource: r.sign_source, contacts: contactsOf(contacts, owner) };
  });
}

export function getAssignmentList(db: Db, listId: number, asOf = todayIso()): AssignmentListDto {
  const list = requireList(db, listId);
  const items = db.prepare('SELECT * FROM assignment_items WHERE list_id = ? ORDER BY position').all(listId) as ItemRow[];
  const roles = groupBy(
    db.prepare(`SELECT ir.item_id, ir.recipient_id, ir.role FROM assignment_item_recipients ir JOIN assignment_items i ON i.id = ir.item_id
                WHERE i.list_id = ? ORDER BY ir.rowid`).all(listId) as { item_id: number; recipient_id: number; role: 'lead' | 'cooperating' }[],
    (r) => r.item_id,
  );
  const feedback = groupBy(
    db.prepare(`SELECT f.* FROM assignment_feedback f JOIN assignment_items i ON i.id = f.item_id WHERE i.list_id = ? ORDER BY f.reported_on, f.id`)
      .all(listId) as FeedbackRow[],
    (f) => f.item_id,
  );
  const ledger = list.status === 'issued' && list.plan_id ? new Map(listLedger(db, { planId: list.plan_id, asOf }).rows.map((r) => [r.id, r])) : new Map();
  const toItem = (i: ItemRow): AssignmentItemDto => {
    const r = roles.get(i.id) ?? [];
    const lead = r.find((x) => x.role === 'lead')?.recipient_id ?? null;
    const fb: FeedbackDto[] = (feedback.get(i.id) ?? []).map((f) => ({
      id: f.id, recipientId: f.recipient_id, reportedOn: f.reported_on, body: f.body, status: f.status, source: f.source, sourceFile: f.source_file, createdAt: f.created_at,
    }));
    const leadLatest = fb.filter((f) => f.recipientId === lead).at(-1);
    const row = i.task_id === null ? undefined : ledger.get(i.task_id);
    return {
      id: i.id, position: i.position, title: i.title, body: i.body, deadlineText: i.deadline_text, dueOn: i.due_on, taskId: i.task_id,
      leadRecipientId: lead, cooperatingRecipientIds: r.filter((x) => x.role === 'cooperating').map((x) => x.recipient_id),
      feedback: fb, leadReportedDone: leadLatest?.status === 'done', closedOn: i.closed_on, closedBy: i.closed_by,
      ledger: row ? { status: row.status, light: row.light, lightReason: row.lightReason, daysLate: row.daysLate, followUp: row.followUp } : null,
    };
  };
  return {
    id: list.id, number: listNumber(list.year, list.seq), planId: list.plan_id, planTitle: list.plan_title, title: list.title,
    assignedOn: list.assigned_on, sourceKind: list.source_kind, sourceText: list.source_text, status: list.status, issuedAt: list.issued_at,
    recipients: readRecipients(db, listId), items: items.map(toItem),
  };
}

/** Newest first; counts for the list's row (签收, 销号, overdue as of today). */
export function listAssignmentLists(db: Db, asOf = todayIso()): AssignmentSummaryDto[] {
  const lists = db.prepare(`SELECT ${listColumns} ORDER BY l.year DESC, l.seq DESC`).all() as ListRow[];
  const counts = new Map(
    (db.prepare(`SELECT list_id, COUNT(*) AS n, COUNT(signed_at) AS signed FROM assignment_recipients GROUP BY list_id`).all() as { list_id: number; n: number; signed: number }[]).map((r) => [r.list_id, r]),
  );
  const items = groupBy(db.prepare('SELECT list_id, task_id, closed_on FROM assignment_items').all() as { list_id: number; task_id: number | null; closed_on: string | null }[], (i) => i.list_id);
  // Only the plans that hold issued lists are judged, not the whole ledger.
  const plans = [...new Set(lists.flatMap((l) => (l.status === 'issued' && l.plan_id ? [l.plan_id] : [])))];
  const late = new Set(plans.flatMap((planId) => listLedger(db, { planId, asOf }).rows.filter((r) => r.daysLate !== null).map((r) => r.id)));
  return lists.map((l) => {
    const its = items.get(l.id) ?? [];
    return {
      id: l.id, number: listNumber(l.year, l.seq), title: l.title, assignedOn: l.assigned_on, status: l.status, planTitle: l.plan_title,
      items: its.length, recipients: counts.get(l.id)?.n ?? 0, signed: counts.get(l.id)?.signed ?? 0,
      closed: its.filter((i) => i.closed_on !== null).length, overdue: its.filter((i) => i.task_id !== null && late.has(i.task_id)).length,
    };
  });
}
