// The indicators and incidents handlers.
import type { indicatorsContract } from '../../shared/contract/indicators';
import { AppError } from '../../shared/errors';
import type { CoreContext, Handlers } from '../handlers';

const notYet = (): never => {
  throw new AppError('not_built', '此功能尚未完成');
};

export function indicatorsHandlers(_ctx: CoreContext): Pick<Handlers, keyof typeof indicatorsContract> {
  return {
    'indicators:compute': notYet,
    'indicators:trend': notYet,
    'indicators:elements': notYet,
    'indicators:setValue': notYet,
    'indicators:create': notYet,
    'incidents:list': notYet,
    'incidents:create': notYet,
    'incidents:update': notYet,
  };
}
