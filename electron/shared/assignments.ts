// 交办 → 签收 → 办理 → 反馈 → 办结, and 督办 of what is late: the shapes that cross the contract.
import type { TaskStatus } from './dto';
import type { FollowUpLevel } from './followup';
import type { Light } from './ledger';

/** Who a contact, a recipient or a notice belongs to: a unit or a working group. */
export type OwnerKind = 'unit' | 'group';
export type Owner = { kind: OwnerKind; id: number };
export const ownerKindLabels: Record<OwnerKind, string> = { unit: '单位', group: '工作组' };

export type ContactDto = { name: string; post: string | null; officePhone: string | null; mobile: string | null };
/** One line per person, on screens, in workbooks and notices: 张三（科长） 办公电话 66220000 手机 139… */
export const contactLine = (c: ContactDto): string =>
  [`${c.name}${c.post ? `（${c.post}）` : ''}`, c.officePhone && `办公电话 ${c.officePhone}`, c.mobile && `手机 ${c.mobile}`].filter(Boolean).join(' ');
/** A unit or a group with its contact persons; a group's plan is named, a unit's kind is given. */
export type ContactOwnerDto = Owner & { name: string; planId: string | null; planTitle: string | null; contacts: ContactDto[] };

export type SourceKind = 'meeting' | 'document' | 'leader' | 'other';
export const sourceKindLabels: Record<SourceKind, string> = { meeting: '会议', document: '文件', leader: '领导批示', other: '其他' };
export type FeedbackStatus = 'in_progress' | 'done';
export const feedbackStatusLabels: Record<FeedbackStatus, string> = { in_progress: '推进中', done: '已办结' };
export type RecipientRole = 'lead' | 'cooperating';

export type RecipientDto = Owner & {
  recipientId: number;
  name: string;
  signedAt: string | null;
  signedBy: string | null;
  signSource: 'manual' | 'import' | null;
  contacts: ContactDto[];
};

export type FeedbackDto = {
  id: number; recipientId: number; reportedOn: string; body: string; status: FeedbackStatus;
  source: 'manual' | 'import'; sourceFile: string | null; createdAt: string;
};

export type AssignmentItemDto = {
  id: number;
  position: number;
  title: string;
  body: string | null;
  deadlineText: string | null;
  dueOn: string | null;
  /** the ledger task, once the list is issued */
  taskId: number | null;
  leadRecipientId: number | null;
  cooperatingRecipientIds: number[];
  feedback: FeedbackDto[];
  /** the lead's latest feedback says 已办结: the office may 销号 */
  leadReportedDone: boolean;
  closedOn: string | null;
  closedBy: string | null;
  /** the task as the ledger judges it today (null before issuing) */
  ledger: { status: TaskStatus; light: Light | null; lightReason: string; daysLate: number | null; followUp: FollowUpLevel | null } | null;
};

export type AssignmentListDto = {
  id: number;
  /** 〔2026〕3号 */
  number: string;
  planId: string | null;
  planTitle: string | null;
  title: string;
  assignedOn: string;
  sourceKind: SourceKind;
  sourceText: string;
  status: 'draft' | 'issued';
  issuedAt: string | null;
  recipients: RecipientDto[];
  items: AssignmentItemDto[];
};

export type AssignmentSummaryDto = {
  id: number; number: string; title: string; assignedOn: string; status: 'draft' | 'issued'; planTitle: string | null;
  items: number; recipients: number; signed: number; closed: number; overdue: number;
};

export type IssuedDto = { listId: number; planId: string; headingTaskId: number; taskIds: number[] };

/** A lead (unit or group) of an overdue task, with the people to call. */
export type LeadDto = Owner & { name: string; contacts: ContactDto[] };

export type OverdueDto = {
  taskId: number;
  planId: string;
  planTitle: string;
  code: string;
  title: string;
  deadlineText: string | null;
  due: string;
  dueTime: string | null;
  daysLate: number;
  level: FollowUpLevel;
  status: TaskStatus;
  leads: LeadDto[];
  latestProgress: { enteredOn: string; body: string } | null;
  /** the 交办清单 the task came from, if any */
  assignment: { listId: number; number: string } | null;
  /** 督办通知 already sent for this task: how many, the last level and day */
  notices: { count: number; lastLevel: FollowUpLevel | null; lastOn: string | null };
};

export type NoticeDto = {
  id: number; recipient: string; level: FollowUpLevel; docNumber: string | null; asOf: string; issuedOn: string; replyBy: string;
  fileName: string; actor: string; tasks: { taskId: number; title: string; daysLate: number }[];
};

/** A contacts sheet read back: owners whose contacts were replaced, or the problems that stopped it. */
export type ContactsImportDto = { fileName: string; owners: number; contacts: number; problems: { cell: string | null; message: string }[] };
