// 指标监测: which plan is open, whether it is read by reporting period or over a date range, and
// which indicator's trend is showing. Kept in a store so the choice survives switching pages, and
// so 工作台 can open a plan's trend directly from an off-target indicator.
import { create } from 'zustand';
import type { RegimeSetupDto } from '../../../../electron/shared/reporting';
import { failureOf, plansApi, reportingApi, type Failure } from '../../api';

export type IndicatorPlan = { id: string; title: string; scope: string; setup: RegimeSetupDto | null };
/** period: the period a day falls in; range: figures summed over [from, to] (a month, a quarter). */
export type ReadMode = 'period' | 'range';

type IndicatorsState = {
  /** plans that have at least one indicator */
  plans: IndicatorPlan[];
  loaded: boolean;
  planId: string | null;
  mode: ReadMode;
  /** the range read in range mode; null: the as-of date's month */
  span: [string, string] | null;
  trendOf: number | null;
  /** the trend's range; null: the regime's first two months */
  trendRange: [string, string] | null;
  error: Failure | null;
  loadPlans: () => Promise<void>;
  choosePlan: (planId: string) => void;
  setMode: (mode: ReadMode) => void;
  setSpan: (span: [string, string]) => void;
  showTrend: (indicatorId: number | null) => void;
  setTrendRange: (range: [string, string]) => void;
  /** From 工作台: open a plan with one indicator's trend (the plans load first when they have not). */
  focus: (planId: string, indicatorId: number) => void;
};

const fail = failureOf;

export const useIndicators = create<IndicatorsState>()((set, get) => ({
  plans: [],
  loaded: false,
  planId: null,
  mode: 'period',
  span: null,
  trendOf: null,
  trendRange: null,
  error: null,
  loadPlans: async () => {
    try {
      const all = await plansApi.list();
      const withIndicators = all.filter((p) => p.indicatorCount > 0);
      const plans = await Promise.all(withIndicators.map(async (p) => ({ id: p.id, title: p.title, scope: p.scope, setup: p.hasRegime ? await reportingApi.setup(p.id) : null })));
      const cur = get().planId;
      // banan-2017's regime is the office's daily work, so a plan with a regime opens first.
      const planId = cur && plans.some((p) => p.id === cur) ? cur : (plans.find((p) => p.setup)?.id ?? plans[0]?.id ?? null);
      set({ plans, planId, loaded: true, error: null });
    } catch (e) {
      set({ error: fail(e), loaded: true });
    }
  },
  choosePlan: (planId) => set({ planId, trendOf: null, trendRange: null, span: null, mode: 'period' }),
  setMode: (mode) => set({ mode }),
  setSpan: (span) => set({ span }),
  showTrend: (trendOf) => set({ trendOf }),
  setTrendRange: (trendRange) => set({ trendRange }),
  focus: (planId, indicatorId) => {
    if (get().planId !== planId) get().choosePlan(planId);
    set({ planId, trendOf: indicatorId });
  },
}));
