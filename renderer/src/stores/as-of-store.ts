// 查看日期: the one as-of date every light, count and "latest progress" follows, on every page.
// Kept in a store so it survives switching pages; defaults to today.
import dayjs from 'dayjs';
import { create } from 'zustand';

export const todayIso = (): string => dayjs().format('YYYY-MM-DD');

type AsOfState = { asOf: string; setAsOf: (asOf: string) => void };

export const useAsOf = create<AsOfState>()((set) => ({
  asOf: todayIso(),
  setAsOf: (asOf) => set({ asOf }),
}));
