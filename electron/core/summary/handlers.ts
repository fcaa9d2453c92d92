// The weekly summary's handlers.
import type { summaryContract } from '../../shared/contract/summary';
import type { CoreContext, Handlers } from '../handlers';
import { compileSummary } from './compile';
import { markSummarySent, saveSummary } from './summary-save';

export function summaryHandlers(ctx: CoreContext): Pick<Handlers, keyof typeof summaryContract> {
  const { db } = ctx;
  return {
    'summary:compile': (input) => compileSummary(db, input),
    'summary:save': (input) => saveSummary(db, input),
    'summary:markSent': (input) => markSummarySent(db, input),
  };
}
