// Which area of the app is showing (Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth; 设置, the eleventh, by its menu only), and the guard that keeps unsaved edits from being lost
// when the clerk leaves a page. Areas match the left navigation.
import { create } from 'zustand';

export const areas = [
  { key: 'dashboard', label: '工作台' },
  { key: 'ledger', label: '任务台账' },
  { key: 'assignments', label: '交办督办' },
  { key: 'groups', label: '工作组' },
  { key: 'units', label: '单位' },
  { key: 'reporting', label: '信息报送' },
  { key: 'indicators', label: '指标监测' },
  { key: 'exports', label: '报表导出' },
  { key: 'plans', label: '方案管理' },
  { key: 'audit', label: '操作记录' },
  { key: 'settings', label: '设置' },
] as const;

export type AreaKey = (typeof areas)[number]['key'];

type NavState = {
  area: AreaKey;
  /** What has unsaved edits (e.g. '设置'), or null. A page sets it while its form differs from what is saved. */
  unsaved: string | null;
  /** The area the clerk asked for while edits were unsaved: the app asks before going there. */
  pending: AreaKey | null;
  go: (area: AreaKey) => void;
  setUnsaved: (what: string | null) => void;
  leave: () => void;
  stay: () => void;
};

export const useNav = create<NavState>()((set, get) => ({
  area: 'dashboard',
  unsaved: null,
  pending: null,
  go: (area) => {
    if (get().unsaved && area !== get().area) return set({ pending: area });
    set({ area, pending: null });
  },
  setUnsaved: (what) => set({ unsaved: what }),
  leave: () => {
    const { pending } = get();
    if (pending) set({ area: pending, pending: null, unsaved: null });
  },
  stay: () => set({ pending: null }),
}));

/** True when a key press belongs to a field the clerk is typing in, so shortcuts stay out of it. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
