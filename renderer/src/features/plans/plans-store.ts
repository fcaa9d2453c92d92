// The 方案管理 screen's state: the plan list, the open plan and its parts, the source pane.
import { create } from 'zustand';
import type { GroupDto, IndicatorDto, PlanDetail, PlanSummary, RegimeDto } from '../../../../electron/shared/dto';
import { errorDetail, errorMessage, plansApi } from '../../api';

export type OpenPlan = {
  detail: PlanDetail;
  groups: GroupDto[];
  indicators: IndicatorDto[];
  regime: RegimeDto | null;
};

/** A failure the screen shows with its way out: try the same step again. */
export type PlansError = { message: string; detail: string | null; retry: () => void };

const failure = (e: unknown, retry: () => void): PlansError => ({ message: errorMessage(e), detail: errorDetail(e), retry });

type PlansState = {
  plans: PlanSummary[];
  loading: boolean;
  error: PlansError | null;
  openPlanId: string | null;
  open: OpenPlan | null;
  source: string | null;
  showSource: boolean;
  loadPlans: () => Promise<void>;
  openPlan: (planId: string) => Promise<void>;
  closePlan: () => void;
  toggleSource: () => Promise<void>;
};

export const usePlans = create<PlansState>()((set, get) => ({
  plans: [],
  loading: false,
  error: null,
  openPlanId: null,
  open: null,
  source: null,
  showSource: false,
  loadPlans: async () => {
    set({ loading: true, error: null });
    try {
      set({ plans: await plansApi.list(), loading: false });
    } catch (e) {
      set({ error: failure(e, () => void get().loadPlans()), loading: false });
    }
  },
  openPlan: async (planId) => {
    set({ openPlanId: planId, open: null, source: null, showSource: false, loading: true, error: null });
    try {
      const [detail, groups, indicators, regime] = await Promise.all([
        plansApi.get(planId),
        plansApi.groups(planId),
        plansApi.indicators(planId),
        plansApi.regime(planId),
      ]);
      if (get().openPlanId === planId) set({ open: { detail, groups, indicators, regime }, loading: false });
    } catch (e) {
      if (get().openPlanId === planId) set({ error: failure(e, () => void get().openPlan(planId)), loading: false });
    }
  },
  closePlan: () => set({ openPlanId: null, open: null, source: null, showSource: false, error: null }),
  toggleSource: async () => {
    const { showSource, source, openPlanId } = get();
    if (showSource || !openPlanId) return set({ showSource: false });
    if (source !== null) return set({ showSource: true });
    try {
      const { text } = await plansApi.source(openPlanId);
      set({ source: text, showSource: true });
    } catch (e) {
      set({ error: failure(e, () => void get().toggleSource()) });
    }
  },
}));
