// 专报: the register's filter, kept in a store so it survives switching tabs and pages, and a
// version bumped after every change so each list showing incidents reloads.
import { create } from 'zustand';

type IncidentsState = {
  /** true: only those not yet 办结 */
  openOnly: boolean;
  version: number;
  setOpenOnly: (openOnly: boolean) => void;
  changed: () => void;
};

export const useIncidents = create<IncidentsState>()((set) => ({
  openOnly: false,
  version: 0,
  setOpenOnly: (openOnly) => set({ openOnly }),
  changed: () => set((s) => ({ version: s.version + 1 })),
}));
