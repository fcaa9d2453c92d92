import { Select } from 'antd';
import { useEffect, useState } from 'react';
import type { UnitDto } from '../../../electron/shared/dto';
import { unitsApi } from '../api';

let cache: Promise<UnitDto[]> | null = null;
/** Units change rarely; the picker shares one list until something renames or merges. */
export const loadUnits = (fresh = false): Promise<UnitDto[]> => {
  if (fresh || !cache) cache = unitsApi.list().catch((e: unknown) => { cache = null; throw e; });
  return cache;
};

/** Finds a unit by its name, any name a plan writes for it, or pinyin initials ("qczj" → 区财政局). */
export const unitMatches = (u: UnitDto, query: string): boolean => {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return u.name.includes(q) || u.aliases.some((a) => a.includes(q)) || u.initials.some((i) => i.startsWith(q));
};

export function UnitPicker({ value, onChange, scope, placeholder, multiple = true, ariaLabel }: {
  value?: number[] | number | null;
  onChange?: (v: number[] | number | null) => void;
  scope?: string;
  placeholder?: string;
  multiple?: boolean;
  ariaLabel?: string;
}) {
  const [units, setUnits] = useState<UnitDto[]>([]);
  useEffect(() => void loadUnits().then(setUnits, () => setUnits([])), []);
  const byId = new Map(units.map((u) => [u.id, u]));
  const shown = scope ? units.filter((u) => u.scope === scope) : units;
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      allowClear
      aria-label={ariaLabel ?? placeholder}
      placeholder={placeholder ?? '输入名称、别名或拼音首字母'}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as number[] | number | undefined) ?? null)}
      showSearch={{ filterOption: (input, option) => !!option && unitMatches(byId.get(option.value as number)!, input) }}
      options={shown.map((u) => ({ value: u.id, label: scope ? u.name : `${u.name}（${u.scope}）` }))}
      style={{ width: '100%' }}
    />
  );
}
