// 督办: every unfinished task past its deadline, as the ledger judges it on a day, with its level,
// the leads to chase (for an assigned task, the lead the list named; otherwise the task's lead
// units, or its groups when it names no unit) and their contacts, and the notices already sent.
import type { LeadDto, OverdueDto, Owner } from '../../shared/assignments';
import type { FollowUpLevel } from '../../shared/followup';
import type { LedgerRow } from '../../shared/ledger';
import type { Db } from '../db/open';
import { listLedger } from '../ledger/ledger-query';
import { contactsByOwner, contactsOf } from './contacts';
import { listNumber, recipientNameJoins } from './list-query';

type AssignedLead = { task_id: number; list_id: number; year: number; seq: number; unit_id: number | null; group_id: number | null; name: string };
export type Lead = Owner & { name: string };

/** The lead each assigned task's list named, by task; for the given tasks, or every assigned task. */
export function assignedLeads(db: Db, taskIds?: number[]): Map<number, AssignedLead> {
  const rows = db.prepare(
    `SELECT i.task_id, l.id AS list_id, l.year, l.seq, r.unit_id, r.group_id, COALESCE(u.name, g.name) AS name
     FROM assignment_items i JOIN assignment_lists l ON l.id = i.list_id
     JOIN assignment_item_recipients ir ON ir.item_id = i.id AND ir.role = 'lead' JOIN assignment_recipients r ON r.id = ir.recipient_id
     ${recipientNameJoins}
     WHERE i.task_id IS NOT NULL AND (? IS NULL OR i.task_id IN (SELECT value FROM json_each(?)))`,
  ).all(taskIds ? 1 : null, JSON.stringify(taskIds ?? [])) as AssignedLead[];
  return new Map(rows.map((a) => [a.task_id, a]));
}

/** Whom a late task is chased with: the list's lead for an assigned task, else its lead units, else its groups. */
export function leadsOf(row: LedgerRow, assigned: AssignedLead | undefined): Lead[] {
  if (assigned) return [assigned.unit_id !== null ? { kind: 'unit', id: assigned.unit_id, name: assigned.name } : { kind: 'group', id: assigned.group_id!, name: assigned.name }];
  if (row.leadUnits.length) return row.leadUnits.map((u) => ({ kind: 'unit', id: u.id, name: u.name }));
  return row.groups.map((g) => ({ kind: 'group', id: g.id, name: g.name }));
}

export function listOverdue(db: Db, input: { planId?: string; asOf?: string }): OverdueDto[] {
  const ledger = listLedger(db, { planId: input.planId, asOf: input.asOf });
  const late = ledger.rows.filter((r): r is LedgerRow & { daysLate: number; followUp: FollowUpLevel; due: string } => r.followUp !== null && r.due !== null);
  if (!late.length) return [];
  const ids = JSON.stringify(late.map((r) => r.id));
  const assigned = assignedLeads(db, late.map((r) => r.id));
  const notices = new Map(
    (db.prepare(
      `SELECT nt.task_id, COUNT(*) AS count, MAX(n.issued_on) AS last_on,
              (SELECT n2.level FROM followup_notice_tasks t2 JOIN followup_notices n2 ON n2.id = t2.notice_id WHERE t2.task_id = nt.task_id ORDER BY n2.issued_on DESC, n2.id DESC LIMIT 1) AS last_level
       FROM followup_notice_tasks nt JOIN followup_notices n ON n.id = nt.notice_id
       WHERE nt.task_id IN (SELECT value FROM json_each(?)) GROUP BY nt.task_id`,
    ).all(ids) as { task_id: number; count: number; last_on: string; last_level: FollowUpLevel }[]).map((n) => [n.task_id, n]),
  );
  const contacts = contactsByOwner(db);
  return late.map((r) => {
    const a = assigned.get(r.id);
    const leads: LeadDto[] = leadsOf(r, a).map((l) => ({ ...l, contacts: contactsOf(contacts, l) }));
    const n = notices.get(r.id);
    return {
      taskId: r.id, planId: r.planId, planTitle: r.planTitle, code: r.code, title: r.title, deadlineText: r.deadline.text,
      due: r.due, dueTime: r.deadline.dueTime, daysLate: r.daysLate, level: r.followUp, status: r.status, leads,
      latestProgress: r.latestProgress ? { enteredOn: r.latestProgress.enteredOn, body: r.latestProgress.body } : null,
      assignment: a ? { listId: a.list_id, number: listNumber(a.year, a.seq) } : null,
      notices: { count: n?.count ?? 0, lastLevel: n?.last_level ?? null, lastOn: n?.last_on ?? null },
    };
  });
}
