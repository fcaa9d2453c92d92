// Which area of the app is showing. Areas match the left navigation.
import { create } from 'zustand';

export const areas = [
  { key: 'dashboard', label: '工作台' },
  { key: 'ledger', label: '任务台账' },
  { key: 'groups', label: '工作组' },
  { key: 'reporting', label: '信息报送' },
  { key: 'indicators', label: '指标监测' },
  { key: 'exports', label: '报表导出' },
  { key: 'plans', label: '方案管理' },
  { key: 'settings', label: '设置' },
] as const;

export type AreaKey = (typeof areas)[number]['key'];

type NavState = { area: AreaKey; go: (area: AreaKey) => void };

export const useNav = create<NavState>()((set) => ({
  area: 'plans',
  go: (area) => set({ area }),
}));
