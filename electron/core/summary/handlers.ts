// The weekly summary's handlers.
import type { summaryContract } from '../../shared/contract/summary';
import { AppError } from '../../shared/errors';
import type { CoreContext, Handlers } from '../handlers';

const notYet = (): never => {
  throw new AppError('not_built', '此功能尚未完成');
};

export function summaryHandlers(_ctx: CoreContext): Pick<Handlers, keyof typeof summaryContract> {
  return {
    'summary:compile': notYet,
    'summary:save': notYet,
    'summary:markSent': notYet,
  };
}
