// 交办清单, 联系人 and 督办: lists drafted and issued into the ledger, 签收 and 反馈 recorded by hand or
// from returned workbooks, 销号 by the office, and overdue tasks chased by level.
import { z } from 'zod';
import type {
  AssignmentListDto, AssignmentSummaryDto, ContactOwnerDto, ContactsImportDto, IssuedDto, NoticeDto, OverdueDto,
} from '../assignments';
import { id, isoDate, optionalText, planId, returns, stamp, text } from './common';
import { droppedFile, jobId, type SavedFilesDto } from './exports';

const owner = z.strictObject({
  kind: z.enum(['unit', 'group'], { error: '请选择单位或工作组' }),
  id: id('单位或工作组'),
});
const contact = z.strictObject({
  name: z.string().trim().min(1, '联系人姓名不能为空').max(40, '联系人姓名不超过 40 个字'),
  post: optionalText('职务', 60),
  officePhone: optionalText('办公电话', 40),
  mobile: optionalText('手机', 40),
});
const item = z.strictObject({
  title: text('交办事项', 500),
  body: optionalText('具体要求', 5000),
  deadlineText: optionalText('完成时限', 60),
  dueOn: isoDate.nullable().optional(),
  recipients: z
    .array(z.strictObject({ ...owner.shape, role: z.enum(['lead', 'cooperating']) }))
    .min(1, '每项交办事项至少要有一个承办单位或工作组')
    .max(50, '承办单位过多'),
});
export const assignmentListInput = z.strictObject({
  /** absent: the standing plan 日常交办事项, made when the list is issued */
  planId: planId.nullable().optional(),
  title: text('清单名称', 200),
  assignedOn: isoDate,
  sourceKind: z.enum(['meeting', 'document', 'leader', 'other'], { error: '请选择交办来源' }),
  sourceText: text('交办依据（会议、文件或领导批示）', 500),
  items: z.array(item).min(1, '清单中至少要有一项交办事项').max(200, '一份清单最多 200 项'),
});
const listId = id('交办清单');

export const assignmentsContract = {
  'contacts:list': { input: z.strictObject({}), result: returns<ContactOwnerDto[]>() },
  /** The owner's contact persons replaced as a whole, in the clerk's order. */
  'contacts:set': {
    input: z.strictObject({ owner, contacts: z.array(contact).max(20, '联系人最多 20 位') }),
    result: returns<ContactOwnerDto>(),
  },
  /** asOf: the day the items' lights and overdue counts are judged on (the 查看日期; default today). */
  'assignments:list': { input: z.strictObject({ asOf: isoDate.optional() }), result: returns<AssignmentSummaryDto[]>() },
  'assignments:get': { input: z.strictObject({ listId, asOf: isoDate.optional() }), result: returns<AssignmentListDto>() },
  /** A draft made or replaced as a whole; an issued list cannot be edited. */
  'assignments:save': {
    input: z.strictObject({ listId: listId.optional(), list: assignmentListInput }),
    result: returns<AssignmentListDto>(),
  },
  'assignments:delete': { input: z.strictObject({ listId }), result: returns<{ deleted: number }>() },
  /**
   * Adds the list's tasks to the ledger under its plan, with their units, groups and deadlines: a
   * saved draft (listId), or a whole list given at once (list: what `assign --file` reads).
   */
  'assignments:issue': {
    input: z.strictObject({ listId: listId.optional(), list: assignmentListInput.optional() })
      .refine((v) => (v.listId === undefined) !== (v.list === undefined), '请指定要交办的清单'),
    result: returns<IssuedDto>(),
  },
  'assignments:sign': {
    input: z.strictObject({ recipientId: id('承办单位'), signedAt: stamp, signedBy: text('签收人', 40) }),
    result: returns<AssignmentListDto>(),
  },
  'assignments:feedback': {
    input: z.strictObject({
      itemId: id('交办事项'), recipientId: id('承办单位'), reportedOn: isoDate, body: text('反馈内容', 2000),
      status: z.enum(['in_progress', 'done'], { error: '办理状态应为 推进中 或 已办结' }),
    }),
    result: returns<AssignmentListDto>(),
  },
  /** 销号: only after the lead reported the item done. */
  'assignments:close': {
    input: z.strictObject({ itemId: id('交办事项'), closedOn: isoDate, note: optionalText('销号说明', 500) }),
    result: returns<AssignmentListDto>(),
  },
  'followups:list': { input: z.strictObject({ planId: planId.optional(), asOf: isoDate.optional() }), result: returns<OverdueDto[]>() },
  'followups:log': { input: z.strictObject({ taskId: id('任务').optional() }), result: returns<NoticeDto[]>() },
} as const;

/** The file channels of this area: they write into a folder the clerk picks. */
export const assignmentFilesContract = {
  /** One workbook per recipient (交办清单_<单位>_<日期>.xlsx) and an overview for the office. */
  'assignments:export': { input: z.strictObject({ listId, jobId }), result: returns<SavedFilesDto>() },
  /** One 督办通知 (docx) per lead of the chosen overdue tasks; each is logged as sent. */
  'followups:notices': {
    input: z.strictObject({
      asOf: isoDate,
      taskIds: z.array(id('任务')).min(1, '请至少选择一项逾期任务').max(500, '一次最多 500 项'),
      /** 巴南医改办督〔2026〕: numbers follow from firstNumber; absent, the 文号 is left for the clerk to write */
      docPrefix: optionalText('文号前缀', 40),
      firstNumber: z.number().int().min(1).max(9999).optional(),
      issuedOn: isoDate,
      replyBy: isoDate,
      jobId,
    }).refine((v) => v.replyBy >= v.issuedOn, '反馈期限不能早于发文日期'),
    result: returns<SavedFilesDto>(),
  },
  /** A 联系人 sheet filled in (as the roster export writes it): every owner named in it gets its contacts replaced. */
  'imports:contacts': {
    input: z.strictObject({ planId, pick: z.enum(['files', 'dropped']), files: z.array(droppedFile).length(1, '请只选择一个文件').optional(), jobId }),
    result: returns<ContactsImportDto | null>(),
  },
} as const;
