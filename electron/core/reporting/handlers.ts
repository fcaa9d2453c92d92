// The reporting area's handlers.
import type { reportingContract } from '../../shared/contract/reporting';
import { AppError } from '../../shared/errors';
import type { CoreContext, Handlers } from '../handlers';

const notYet = (): never => {
  throw new AppError('not_built', '此功能尚未完成');
};

export function reportingHandlers(_ctx: CoreContext): Pick<Handlers, keyof typeof reportingContract> {
  return {
    'reporting:setup': notYet,
    'reporting:addPhase': notYet,
    'reporting:updatePhase': notYet,
    'reporting:removePhase': notYet,
    'reporting:setDay': notYet,
    'reporting:addReporter': notYet,
    'reporting:updateReporter': notYet,
    'reporting:removeReporter': notYet,
    'reporting:addField': notYet,
    'reporting:updateField': notYet,
    'reporting:matrix': notYet,
    'reporting:status': notYet,
    'reporting:submission': notYet,
    'reporting:submit': notYet,
    'reporting:reminders': notYet,
    'reporting:logReminders': notYet,
    'reporting:today': notYet,
  };
}
