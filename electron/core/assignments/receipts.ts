// 签收, 反馈 and 销号: what recipients did with a list, recorded by hand or from a returned workbook
// (the import calls the same functions inside its one transaction per file). Feedback also goes to
// the task as a progress note; only the office's 销号, after the lead reported 已办结, makes the
// task 已完成.
import type { AssignmentListDto, FeedbackStatus } from '../../shared/assignments';
import { localStamp, parseStamp, todayIso } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { addProgress } from '../ledger/progress';
import { currentActor } from '../settings/settings';
import { getAssignmentList, recipientNameJoins, requireList } from './list-query';

type RecipientRow = { id: number; list_id: number; name: string; signed_at: string | null; signed_by: string | null };

function requireRecipient(db: Db, recipientId: number): RecipientRow {
  const r = db
    .prepare(
      `SELECT r.id, r.list_id, COALESCE(u.name, g.name) AS name, r.signed_at, r.signed_by FROM assignment_recipients r
       ${recipientNameJoins} WHERE r.id = ?`,
    )
    .get(recipientId) as RecipientRow | undefined;
  if (!r) throw new AppError('not_found', `找不到编号为 ${recipientId} 的承办单位，清单可能已被删除。`);
  return r;
}

function requireIssued(db: Db, listId: number) {
  const list = requireList(db, listId);
  if (list.status !== 'issued') throw new AppError('conflict', '清单尚未交办，还不能登记签收或反馈。');
  return list;
}

/** The 签收 time as the office's wall clock; refused when unreadable, before the 交办 day or in the future. */
export function readSignedAt(text: string, assignedOn: string): string {
  const at = parseStamp(text.length === 10 ? `${text} 00:00` : text);
  if (!at) throw new AppError('invalid_input', `签收时间“${text}”无法识别，请写成 2026-03-02 09:30 的样子`);
  if (at.slice(0, 10) < assignedOn) throw new AppError('invalid_input', `签收时间 ${at.replace('T', ' ').slice(0, 16)} 早于交办日期 ${assignedOn}`);
  if (at > localStamp()) throw new AppError('invalid_input', '签收时间不能晚于现在');
  return at;
}

export type SignWrite = { recipientId: number; signedAt: string; signedBy: string; source: 'manual' | 'import' };

/** Inside the caller's transaction; a second 签收 corrects the first (the audit row keeps both). */
export function writeSign(db: Db, w: SignWrite): void {
  const r = requireRecipient(db, w.recipientId);
  db.prepare('UPDATE assignment_recipients SET signed_at = ?, signed_by = ?, sign_source = ? WHERE id = ?').run(w.signedAt, w.signedBy, w.source, w.recipientId);
  writeAudit(db, {
    actor: currentActor(db), action: 'update', entity: 'assignment_sign', entityId: w.recipientId,
    before: r.signed_at ? { signedAt: r.signed_at, signedBy: r.signed_by } : undefined, after: { recipient: r.name, signedAt: w.signedAt, signedBy: w.signedBy, source: w.source },
  });
}

export function signAssignment(db: Db, input: { recipientId: number; signedAt: string; signedBy: string }): AssignmentListDto {
  return db.transaction(() => {
    const r = requireRecipient(db, input.recipientId);
    const list = requireIssued(db, r.list_id);
    writeSign(db, { recipientId: r.id, signedAt: readSignedAt(input.signedAt, list.assigned_on), signedBy: input.signedBy, source: 'manual' });
    return getAssignmentList(db, r.list_id);
  })();
}

export type FeedbackWrite = {
  itemId: number; recipientId: number; reportedOn: string; body: string; status: FeedbackStatus; source: 'manual' | 'import'; sourceFile: string | null;
};
type ItemRow = { id: number; list_id: number; position: number; title: string; task_id: number | null; closed_on: string | null };

function requireItem(db: Db, itemId: number): ItemRow & { label: string } {
  const item = db.prepare('SELECT id, list_id, position, title, task_id, closed_on FROM assignment_items WHERE id = ?').get(itemId) as ItemRow | undefined;
  if (!item) throw new AppError('not_found', `找不到编号为 ${itemId} 的交办事项，清单可能已被删除。`);
  return { ...item, label: `第 ${item.position} 项“${item.title.slice(0, 20)}”` };
}

/** Everything a feedback must satisfy; returns the item and whether the same feedback is already recorded. */
export function checkFeedback(db: Db, w: Omit<FeedbackWrite, 'source' | 'sourceFile'>): { item: ItemRow; recipient: RecipientRow; duplicate: boolean } {
  const item = requireItem(db, w.itemId);
  const list = requireIssued(db, item.list_id);
  const r = requireRecipient(db, w.recipientId);
  const { label } = item;
  if (!db.prepare('SELECT 1 FROM assignment_item_recipients WHERE item_id = ? AND recipient_id = ?').get(item.id, r.id)) {
    throw new AppError('invalid_input', `${label}没有交办给${r.name}`);
  }
  if (item.task_id === null) throw new AppError('conflict', `${label}在台账中的任务已被删除，不能再登记反馈`);
  const duplicate = Boolean(
    db.prepare('SELECT 1 FROM assignment_feedback WHERE item_id = ? AND recipient_id = ? AND reported_on = ? AND body = ? AND status = ?')
      .get(item.id, r.id, w.reportedOn, w.body, w.status),
  );
  if (duplicate) return { item, recipient: r, duplicate };
  if (item.closed_on) throw new AppError('conflict', `${label}已于 ${item.closed_on} 销号，不再登记反馈`);
  if (w.reportedOn < list.assigned_on) throw new AppError('invalid_input', `${label}的反馈日期 ${w.reportedOn} 早于交办日期 ${list.assigned_on}`);
  if (w.reportedOn > todayIso()) throw new AppError('invalid_input', `${label}的反馈日期 ${w.reportedOn} 晚于今天，不能预先登记`);
  return { item, recipient: r, duplicate };
}

/** Inside the caller's transaction, with what checkFeedback found (no duplicate). */
export function writeFeedback(db: Db, w: FeedbackWrite, { item, recipient: r }: { item: ItemRow; recipient: RecipientRow }): number {
  // 已办结 from a unit is its report, not the task's status: that waits for the office's 销号.
  const [note] = addProgress(db, {
    taskIds: [item.task_id!], enteredOn: w.reportedOn, body: `【${r.name}反馈${w.status === 'done' ? '·已办结' : ''}】${w.body}`,
    status: w.status === 'in_progress' ? 'in_progress' : undefined,
  });
  const id = Number(
    db.prepare(`INSERT INTO assignment_feedback (item_id, recipient_id, reported_on, body, status, progress_id, source, source_file, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(item.id, r.id, w.reportedOn, w.body, w.status, note!.id, w.source, w.sourceFile, new Date().toISOString()).lastInsertRowid,
  );
  writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'assignment_feedback', entityId: id, after: { ...w, recipient: r.name } });
  return id;
}

export function addFeedback(db: Db, input: Omit<FeedbackWrite, 'source' | 'sourceFile'>): AssignmentListDto {
  return db.transaction(() => {
    const checked = checkFeedback(db, input);
    if (checked.duplicate) throw new AppError('conflict', '这条反馈已经登记过了');
    writeFeedback(db, { ...input, source: 'manual', sourceFile: null }, checked);
    return getAssignmentList(db, checked.item.list_id);
  })();
}

/** 销号: the lead's latest feedback says 已办结 and the office confirms on a day not before it. */
export function closeItem(db: Db, input: { itemId: number; closedOn: string; note?: string | null }): AssignmentListDto {
  return db.transaction(() => {
    const item = requireItem(db, input.itemId);
    requireIssued(db, item.list_id);
    const { label } = item;
    if (item.closed_on) throw new AppError('conflict', `${label}已于 ${item.closed_on} 销号`);
    if (item.task_id === null) throw new AppError('conflict', `${label}在台账中的任务已被删除`);
    const latest = db
      .prepare(
        `SELECT f.status, f.reported_on FROM assignment_feedback f JOIN assignment_item_recipients ir ON ir.item_id = f.item_id AND ir.recipient_id = f.recipient_id
         WHERE f.item_id = ? AND ir.role = 'lead' ORDER BY f.reported_on DESC, f.id DESC LIMIT 1`,
      )
      .get(item.id) as { status: FeedbackStatus; reported_on: string } | undefined;
    if (latest?.status !== 'done') throw new AppError('invalid_input', `${label}的牵头单位还没有反馈已办结，不能销号`);
    if (input.closedOn < latest.reported_on) throw new AppError('invalid_input', `销号日期不能早于牵头单位反馈办结的日期 ${latest.reported_on}`);
    if (input.closedOn > todayIso()) throw new AppError('invalid_input', '销号日期不能晚于今天');
    const actor = currentActor(db);
    addProgress(db, { taskIds: [item.task_id], enteredOn: input.closedOn, body: `销号：${input.note || '牵头单位反馈已办结，经核实予以销号。'}`, status: 'done' }, true);
    db.prepare('UPDATE assignment_items SET closed_on = ?, closed_by = ? WHERE id = ?').run(input.closedOn, actor, item.id);
    writeAudit(db, { actor, action: 'update', entity: 'assignment_item', entityId: item.id, before: { closedOn: null }, after: { closedOn: input.closedOn, note: input.note ?? null } });
    return getAssignmentList(db, item.list_id);
  })();
}
