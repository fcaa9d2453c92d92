// 信息报送: which plan's regime is open, which tab, the matrix's date range and the report being
// entered. Kept in a store so they survive switching pages, as the ledger's filters do.
import { create } from 'zustand';
import type { RegimeSetupDto } from '../../../../electron/shared/reporting';
import { failureOf, plansApi, reportingApi, type Failure } from '../../api';

export type ReportingTab = 'matrix' | 'reminders' | 'summary' | 'incidents' | 'regime';

type ReportingState = {
  /** plans that have a reporting regime */
  plans: { id: string; title: string; scope: string }[];
  planId: string | null;
  setup: RegimeSetupDto | null;
  tab: ReportingTab;
  /** the matrix's range; null follows the as-of date */
  range: [string, string] | null;
  /** the report open in the entry drawer: a reporter and a period named by a day in it */
  entry: { reporterId: number; period: string } | null;
  error: Failure | null;
  loadPlans: () => Promise<void>;
  choosePlan: (planId: string) => Promise<void>;
  /** After an edit: the regime as the core now has it. */
  setSetup: (setup: RegimeSetupDto) => void;
  setTab: (tab: ReportingTab) => void;
  setRange: (range: [string, string] | null) => void;
  openEntry: (reporterId: number, period: string) => void;
  closeEntry: () => void;
  /** Bumped after every saved report, so the matrix and lists reload. */
  version: number;
  changed: () => void;
};

const fail = failureOf;

export const useReporting = create<ReportingState>()((set, get) => ({
  plans: [],
  planId: null,
  setup: null,
  tab: 'matrix',
  range: null,
  entry: null,
  error: null,
  version: 0,
  loadPlans: async () => {
    try {
      const plans = (await plansApi.list()).filter((p) => p.hasRegime).map((p) => ({ id: p.id, title: p.title, scope: p.scope }));
      const keep = plans.some((p) => p.id === get().planId) ? get().planId : (plans[0]?.id ?? null);
      const setup = keep ? await reportingApi.setup(keep) : null;
      set({ plans, planId: keep, setup, error: null });
    } catch (e) {
      set({ error: fail(e) });
    }
  },
  choosePlan: async (planId) => {
    try {
      set({ planId, setup: await reportingApi.setup(planId), range: null, entry: null, error: null });
    } catch (e) {
      set({ error: fail(e) });
    }
  },
  setSetup: (setup) => set({ setup }),
  setTab: (tab) => set({ tab }),
  setRange: (range) => set({ range }),
  openEntry: (reporterId, period) => set({ entry: { reporterId, period } }),
  closeEntry: () => set({ entry: null }),
  changed: () => set((s) => ({ version: s.version + 1 })),
}));
