// The indicators and incidents handlers.
import type { ParsedInput } from '../../shared/contract';
import type { indicatorsContract } from '../../shared/contract/indicators';
import { AppError } from '../../shared/errors';
import type { IndicatorsDto } from '../../shared/reporting';
import type { CoreContext, Handlers } from '../handlers';
import type { Db } from '../db/open';
import { createIncident, listIncidents, updateIncident } from '../incidents/incidents';
import { requireRegime } from '../reporting/regime-load';
import { periodIn } from '../reporting/status';
import { computeIndicators } from './compute';
import { createIndicator, indicatorTrend, listElements, setIndicatorValue } from './indicator-edit';

/** By a named period of the plan's regime, or by a date range. */
export function indicatorsFor(db: Db, input: ParsedInput<'indicators:compute'>): IndicatorsDto {
  if (input.period) {
    const p = periodIn(requireRegime(db, input.planId), input.period);
    return computeIndicators(db, { planId: input.planId, from: p.start, to: p.end, label: p.label });
  }
  if (!input.from || !input.to) throw new AppError('invalid_input', '请指定报送期，或起止日期');
  return computeIndicators(db, { planId: input.planId, from: input.from, to: input.to });
}

export function indicatorsHandlers(ctx: CoreContext): Pick<Handlers, keyof typeof indicatorsContract> {
  const { db } = ctx;
  return {
    'indicators:compute': (input) => indicatorsFor(db, input),
    'indicators:trend': (input) => indicatorTrend(db, input),
    'indicators:elements': () => listElements(db),
    'indicators:setValue': (input) => setIndicatorValue(db, input),
    'indicators:create': (input) => createIndicator(db, input),
    'incidents:list': (input) => listIncidents(db, input),
    'incidents:create': (input) => createIncident(db, input),
    'incidents:update': (input) => updateIncident(db, input),
  };
}
