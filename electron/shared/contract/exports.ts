// Files in and out: a report as a file, templates into a folder, returned templates read back.
// The core builds and reads the bytes; the adapter that carried the call decides where they go
// and where they come from (the desktop shell asks with its dialogs, the test harness uses its
// download and upload folders, the CLI its arguments), so the renderer only ever learns names and
// where files were saved. Long ones name a job: progress comes as events, and jobs:cancel stops it
// between files.
import { z } from 'zod';
import { ledgerFields, maxWorkbookBytes, type FileResultDto, type ImportReportDto, type LedgerImportDto, type LedgerPreviewDto } from '../imports';
import { isoDate, planId, returns } from './common';
import { periodName } from './reporting';

export const reportKindNames = ['ledger', 'groups', 'roster', 'timeline', 'indicators', 'summary', 'ranking', 'followups'] as const;

/** What the renderer gets back: null `saved` when the clerk closed the save dialog. */
export type SavedFileDto = { fileName: string; saved: string | null; bytes: number };
/** Templates written into a folder: null `folder` when the clerk closed the dialog. */
export type SavedFilesDto = { folder: string | null; files: string[]; cancelled: boolean };

/** Which column (0 = A) holds each field of the ledger. */
const mapping = z.strictObject(Object.fromEntries(ledgerFields.map((f) => [f, z.number().int().min(0).max(39).optional()])) as Record<(typeof ledgerFields)[number], z.ZodOptional<z.ZodNumber>>);
/** Made by the renderer so it can cancel before the call returns. */
export const jobId = z.string().regex(/^[\w-]{1,64}$/, '任务编号无效').optional();
/** A file the clerk dropped on the window: its bytes as base64; one over the size limit comes with its size only, and is refused by name. */
export const droppedFile = z.strictObject({
  name: z.string().trim().min(1).max(255, '文件名过长'),
  modifiedAt: z.number().int().nonnegative(),
  size: z.number().int().nonnegative(),
  base64: z.string().max(Math.ceil(maxWorkbookBytes / 3) * 4 + 4, '文件过大'),
});

export const exportsContract = {
  'exports:save': {
    input: z.strictObject({
      planId,
      report: z.enum(reportKindNames, { error: '请选择报表' }),
      asOf: isoDate.optional(),
      period: periodName.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      history: z.boolean().optional(),
      format: z.enum(['xlsx', 'docx']).optional(),
      jobId,
    }),
    result: returns<SavedFileDto>(),
  },
  'templates:save': {
    input: z.strictObject({ planId, period: periodName, jobId }),
    result: returns<SavedFilesDto>(),
  },
  'imports:templates': {
    input: z.strictObject({
      planId: planId.optional(),
      period: periodName.optional(),
      /** office time; absent: each file's own time */
      receivedAt: z.string().max(40).optional(),
      pick: z.enum(['files', 'folder', 'dropped'], { error: '请选择文件或文件夹' }),
      files: z.array(droppedFile).max(500, '一次最多导入 500 个文件').optional(),
      jobId,
    }),
    result: returns<ImportReportDto>(),
  },
  'imports:overwrite': {
    input: z.strictObject({ batchId: z.string().max(64), files: z.array(z.string().max(255)).min(1, '请选择要导入的文件').max(500) }),
    result: returns<FileResultDto[]>(),
  },
  /** An existing ledger or division table: read and previewed with a guessed column mapping; null when the dialog was closed. */
  'imports:ledgerPreview': {
    input: z.strictObject({ pick: z.enum(['files', 'dropped']), files: z.array(droppedFile).length(1, '请只选择一个台账文件').optional(), jobId }),
    result: returns<LedgerPreviewDto | null>(),
  },
  'imports:ledgerRemap': { input: z.strictObject({ previewId: z.string().max(64), mapping }), result: returns<LedgerPreviewDto>() },
  'imports:ledger': {
    input: z.strictObject({
      previewId: z.string().max(64), mapping, planId: planId.optional(), jobId,
      newPlan: z.strictObject({
        title: z.string().trim().min(1, '请填写新方案的名称').max(200, '方案名称不超过 200 个字'),
        scope: z.string().trim().min(1, '请填写适用范围（区县或市）').max(20, '适用范围不超过 20 个字'),
      }).optional(),
    }).refine((v) => (v.planId === undefined) !== (v.newPlan === undefined), '请选择导入到现有方案，或新建一个方案'),
    result: returns<LedgerImportDto>(),
  },
  'jobs:cancel': { input: z.strictObject({ jobId: z.string().max(64) }), result: returns<{ cancelled: boolean }>() },
} as const;

/** Channels that read or write files through the adapter, asynchronously, as a job. */
export const fileChannels = [
  'exports:save', 'templates:save', 'imports:templates', 'imports:ledgerPreview', 'imports:ledger', 'assignments:export', 'followups:notices', 'imports:contacts',
  'notices:open', 'backups:create', 'backups:restore', 'backups:exportDb', 'backups:importDb', 'backups:chooseFolder',
  'audit:export',
] as const;
export type FileChannel = (typeof fileChannels)[number];
