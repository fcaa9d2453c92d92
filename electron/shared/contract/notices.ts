// 从通知新建: a notice's text read into a draft plan, a notice file opened, and the reviewed draft saved.
import { z } from 'zod';
import type { NoticeDraft } from '../notice';
import { id, optionalText, returns, text } from './common';
import { planHeaderFields } from './ledger';
import { droppedFile, jobId } from './exports';

const unitRef = z.union([z.strictObject({ unitId: id('单位') }), z.strictObject({ name: text('单位名称', 60) })]);

export type SaveDraftTask = {
  code: string;
  title: string;
  body?: string | null;
  deadlineText?: string | null;
  lead?: z.infer<typeof unitRef>[];
  responsible?: z.infer<typeof unitRef>[];
  cooperating?: z.infer<typeof unitRef>[];
  children?: SaveDraftTask[];
};

const draftTask: z.ZodType<SaveDraftTask> = z.lazy(() =>
  z.strictObject({
    code: z.string().trim().max(20, '序号不超过 20 个字'),
    title: text('任务名称', 500),
    body: optionalText('任务内容', 5000),
    deadlineText: optionalText('完成时限', 60),
    lead: z.array(unitRef).max(60, '牵头单位过多').optional(),
    responsible: z.array(unitRef).max(60, '责任单位过多').optional(),
    cooperating: z.array(unitRef).max(60, '配合单位过多').optional(),
    children: z.array(draftTask).max(500, '下级任务过多').optional(),
  }),
);

export const noticesContract = {
  /** The text of a notice read into a draft; `scope` overrides the one read from the issuer. */
  'notices:extract': {
    input: z.strictObject({
      text: z.string().min(1, '请粘贴通知的文字').max(500_000, '文字超过 50 万字，不像是一份通知'),
      scope: z.string().trim().max(20).optional(),
    }),
    result: returns<NoticeDraft>(),
  },
  /** The reviewed draft saved as a new plan (origin 'extracted', the source text kept with it). */
  'notices:save': {
    input: z.strictObject({
      ...planHeaderFields,
      sourceText: z.string().max(500_000, '原文超过 50 万字'),
      fileName: optionalText('文件名', 200),
      tasks: z.array(draftTask).min(1, '草稿中没有要保存的任务').max(2000, '任务过多'),
      timeline: z.array(draftTask).max(500, '时序安排过多').optional(),
    }),
    result: returns<{ planId: string; tasks: number; newUnits: string[] }>(),
  },
} as const;

export const noticeFilesContract = {
  /** A .txt, .docx or .pdf notice picked or dropped, read to text; null when the dialog was closed. */
  'notices:open': {
    input: z.strictObject({ pick: z.enum(['files', 'dropped']), files: z.array(droppedFile).length(1, '请只选择一个通知文件').optional(), jobId }),
    result: returns<{ fileName: string; text: string } | null>(),
  },
} as const;
