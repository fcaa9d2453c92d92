// The record of 督办通知 sent: to whom, at which level, with which 文号, for which tasks.
import type { NoticeDto } from '../../shared/assignments';
import type { FollowUpLevel } from '../../shared/followup';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { groupBy } from '../plans/plan-queries';
import { currentActor } from '../settings/settings';

export type NoticeWrite = {
  owner: { kind: 'unit' | 'group'; id: number }; recipient: string; level: FollowUpLevel; docNumber: string | null;
  asOf: string; issuedOn: string; replyBy: string; fileName: string; tasks: { taskId: number; daysLate: number }[];
};

/** Inside the caller's transaction, once the file is written. */
export function logNotice(db: Db, n: NoticeWrite): number {
  const actor = currentActor(db);
  const now = new Date().toISOString();
  const id = Number(
    db.prepare(
      `INSERT INTO followup_notices (unit_id, group_id, recipient_name, level, doc_number, as_of, issued_on, reply_by, file_name, actor, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(n.owner.kind === 'unit' ? n.owner.id : null, n.owner.kind === 'group' ? n.owner.id : null, n.recipient, n.level, n.docNumber, n.asOf, n.issuedOn,
      n.replyBy, n.fileName, actor, now).lastInsertRowid,
  );
  const insert = db.prepare('INSERT INTO followup_notice_tasks (notice_id, task_id, days_late) VALUES (?, ?, ?)');
  for (const t of n.tasks) insert.run(id, t.taskId, t.daysLate);
  writeAudit(db, { actor, action: 'create', entity: 'followup_notice', entityId: id, after: n }, now);
  return id;
}

export function listNotices(db: Db, taskId?: number): NoticeDto[] {
  const notices = db
    .prepare(
      `SELECT id, recipient_name, level, doc_number, as_of, issued_on, reply_by, file_name, actor FROM followup_notices n
       WHERE ? IS NULL OR EXISTS (SELECT 1 FROM followup_notice_tasks t WHERE t.notice_id = n.id AND t.task_id = ?)
       ORDER BY issued_on DESC, id DESC`,
    )
    .all(taskId ?? null, taskId ?? null) as { id: number; recipient_name: string; level: FollowUpLevel; doc_number: string | null; as_of: string; issued_on: string; reply_by: string; file_name: string; actor: string }[];
  const tasks = groupBy(
    db.prepare('SELECT nt.notice_id, nt.task_id, t.title, nt.days_late FROM followup_notice_tasks nt JOIN tasks t ON t.id = nt.task_id ORDER BY nt.rowid')
      .all() as { notice_id: number; task_id: number; title: string; days_late: number }[],
    (t) => t.notice_id,
  );
  return notices.map((n) => ({
    id: n.id, recipient: n.recipient_name, level: n.level, docNumber: n.doc_number, asOf: n.as_of, issuedOn: n.issued_on, replyBy: n.reply_by,
    fileName: n.file_name, actor: n.actor, tasks: (tasks.get(n.id) ?? []).map((t) => ({ taskId: t.task_id, title: t.title, daysLate: t.days_late })),
  }));
}
