// The weekly summary (周报汇总): compiled from the period's reports, edited by the clerk, and a
// record of when it went upward.
import { z } from 'zod';
import type { SummaryDto } from '../reporting';
import { planId, returns } from './common';
import { periodName } from './reporting';

export const summaryContract = {
  'summary:compile': { input: z.strictObject({ planId, period: periodName }), result: returns<SummaryDto>() },
  'summary:save': {
    input: z.strictObject({ planId, period: periodName, text: z.string().max(50_000, '汇总正文不超过 50000 字') }),
    result: returns<SummaryDto>(),
  },
  'summary:markSent': {
    input: z.strictObject({
      planId, period: periodName,
      to: z.string().trim().min(1, '请填写报送对象').max(100, '报送对象不超过 100 个字'),
      sentAt: z.string().trim().max(40).optional(),
      note: z.string().trim().max(200, '备注不超过 200 个字').nullable().optional(),
    }),
    result: returns<SummaryDto>(),
  },
} as const;
