// 报表导出: a report as a file. The core builds the bytes; the adapter that carried the call
// decides where they go (the desktop shell asks with a save dialog, the test harness writes to its
// download folder), so the renderer only ever learns the name and where it was saved.
import { z } from 'zod';
import { isoDate, planId, returns } from './common';
import { periodName } from './reporting';

export const reportKindNames = ['ledger', 'groups', 'roster', 'timeline', 'indicators', 'summary', 'ranking'] as const;

/** What the renderer gets back: null `saved` when the clerk closed the save dialog. */
export type SavedFileDto = { fileName: string; saved: string | null; bytes: number };

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
    }),
    result: returns<SavedFileDto>(),
  },
} as const;

/** Channels whose core handler answers a file (name and bytes) for the adapter to save. */
export const fileChannels = ['exports:save'] as const;
export type FileChannel = (typeof fileChannels)[number];
