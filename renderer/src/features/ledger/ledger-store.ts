// The 任务台账 screen's state: the rows as of the chosen date, the filters (kept while the clerk
// visits other pages), collapsed headings, the keyboard cursor, the ticked rows and the open task.
import { create } from 'zustand';
import type { LedgerFilters, LedgerResult } from '../../../../electron/shared/ledger';
import { errorDetail, errorMessage, ledgerApi } from '../../api';

export type LedgerError = { message: string; detail: string | null };

type LedgerState = {
  result: LedgerResult | null;
  loading: boolean;
  error: LedgerError | null;
  filters: LedgerFilters;
  collapsed: ReadonlySet<number>;
  cursorId: number | null;
  checked: number[];
  openTaskId: number | null;
  load: (asOf: string) => Promise<void>;
  setFilters: (patch: Partial<LedgerFilters>) => void;
  clearFilters: () => void;
  toggleCollapsed: (id: number) => void;
  setCursor: (id: number | null) => void;
  setChecked: (ids: number[]) => void;
  openTask: (id: number | null) => void;
};

export const useLedger = create<LedgerState>()((set, get) => ({
  result: null,
  loading: false,
  error: null,
  filters: {},
  collapsed: new Set(),
  cursorId: null,
  checked: [],
  openTaskId: null,
  load: async (asOf) => {
    set({ loading: true, error: null });
    try {
      const result = await ledgerApi.list({ asOf });
      // a late answer for another date must not overwrite the newer one
      if (!get().result || result.asOf === asOf) set({ result, loading: false });
    } catch (e) {
      set({ error: { message: errorMessage(e), detail: errorDetail(e) }, loading: false });
    }
  },
  setFilters: (patch) => set({ filters: { ...get().filters, ...patch } }),
  clearFilters: () => set({ filters: {} }),
  toggleCollapsed: (id) => {
    const next = new Set(get().collapsed);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set({ collapsed: next });
  },
  setCursor: (id) => set({ cursorId: id }),
  setChecked: (ids) => set({ checked: ids }),
  openTask: (id) => set({ openTaskId: id, cursorId: id ?? get().cursorId }),
}));

/** From anywhere (工作台, a unit, a group): the ledger with this task open and in view. */
export function showTaskInLedger(id: number, go: (area: 'ledger') => void): void {
  useLedger.setState({ filters: {}, collapsed: new Set(), cursorId: id, openTaskId: id });
  go('ledger');
}
