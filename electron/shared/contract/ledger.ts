// The ledger area: rows with lights as of a date, progress notes, and editing the task tree.
import { z } from 'zod';
import type { PlanSummary } from '../dto';
import type { LedgerResult, ProgressDto } from '../ledger';
import { id, isoDate, optionalText, planId, returns, text } from './common';

const taskId = id('任务');
const status = z.enum(['not_started', 'in_progress', 'done', 'paused'], { error: '状态应为 未启动、推进中、已完成 或 暂缓' });
const ids = (what: string) => z.array(id(what)).max(200, `${what}过多`).optional();

/** The editable fields of a task; the deadline is the text as written plus the date it means. */
const taskFields = {
  code: z.string().trim().max(20, '序号不超过 20 个字').optional(),
  title: text('任务名称', 500),
  body: optionalText('任务内容', 5000),
  deadlineText: optionalText('完成时限', 60),
  deadlineKind: z.enum(['date', 'month', 'year', 'ongoing', 'none']).optional(),
  dueOn: isoDate.nullable().optional(),
  leadUnitIds: ids('牵头单位'),
  cooperatingUnitIds: ids('配合单位'),
  groupIds: ids('责任组'),
};

/** A plan's header as the office fills it in (新建方案, 从通知新建). */
export const planHeaderFields = {
  title: text('方案名称', 200),
  docNumber: optionalText('文号', 60),
  issuer: optionalText('印发单位', 100),
  issuedOn: isoDate.nullable().optional(),
  scope: text('适用范围（区县或市）', 20),
};

export const ledgerContract = {
  'ledger:list': {
    input: z.strictObject({ asOf: isoDate.optional(), planId: planId.optional() }),
    result: returns<LedgerResult>(),
  },
  'progress:list': { input: z.strictObject({ taskId }), result: returns<ProgressDto[]>() },
  /** One note on one task, or the same note on a selection (bulk); a status sets the task's status. */
  'progress:add': {
    input: z.strictObject({
      taskIds: z.array(taskId).min(1, '请至少选择一项任务').max(2000, '一次最多 2000 项'),
      enteredOn: isoDate,
      body: text('进展内容', 2000),
      status: status.optional(),
      supersedesId: id('进展记录').optional(),
    }),
    result: returns<ProgressDto[]>(),
  },
  'tasks:create': {
    input: z.strictObject({ planId, parentId: taskId.nullable().optional(), kind: z.enum(['task', 'timeline']).optional(), ...taskFields }),
    result: returns<{ id: number }>(),
  },
  'tasks:update': {
    input: z.strictObject({ taskId, ...taskFields, title: text('任务名称', 500).optional() }),
    result: returns<{ id: number }>(),
  },
  /** Moves a task (with its subtasks) under another parent in the same plan, before a sibling or last. */
  'tasks:move': {
    input: z.strictObject({ taskId, parentId: taskId.nullable(), beforeId: taskId.nullable().optional() }),
    result: returns<{ id: number }>(),
  },
  'tasks:delete': { input: z.strictObject({ taskId }), result: returns<{ deleted: number }>() },
  'plans:create': {
    input: z.strictObject(planHeaderFields),
    result: returns<PlanSummary>(),
  },
} as const;
