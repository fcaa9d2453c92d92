import { Button, DatePicker, Input, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { countRows, lightLabels, type Light, type LedgerFilters, type LedgerRow } from '../../../../electron/shared/ledger';
import type { TaskStatus } from '../../../../electron/shared/dto';
import { statusLabels } from '../plans/format';

type Option<V> = { value: V; label: string; n: number };

/** Each choice shows how many rows it would leave with the other filters as they are. */
function options<V>(rows: LedgerRow[], filters: LedgerFilters, key: keyof LedgerFilters, choices: { value: V; label: string }[], asList = false): Option<V>[] {
  return choices.map((c) => ({ ...c, n: countRows(rows, { ...filters, [key]: asList ? [c.value] : c.value }) }));
}

const uniqueRefs = (rows: LedgerRow[], pick: (r: LedgerRow) => { id: number; name: string }[]) => {
  const seen = new Map<number, string>();
  for (const r of rows) for (const ref of pick(r)) if (!seen.has(ref.id)) seen.set(ref.id, ref.name);
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
};

export function FilterBar({ rows, filters, shown, onChange, onClear }: {
  rows: LedgerRow[];
  filters: LedgerFilters;
  shown: number;
  onChange: (patch: Partial<LedgerFilters>) => void;
  onClear: () => void;
}) {
  const choices = useMemo(() => {
    const plans = [...new Map(rows.map((r) => [r.planId, r.planTitle]))].map(([value, label]) => ({ value, label }));
    const inPlan = filters.planId ? rows.filter((r) => r.planId === filters.planId) : rows;
    const parts = inPlan.filter((r) => r.parentId === null && r.isHeading).map((r) => ({ value: r.id, label: `${r.code}${r.title}` }));
    return {
      plans,
      parts,
      units: uniqueRefs(inPlan, (r) => [...r.leadUnits, ...r.cooperatingUnits]),
      groups: uniqueRefs(inPlan, (r) => r.groups),
    };
  }, [rows, filters.planId]);
  const lights: Light[] = ['red', 'yellow', 'green', 'done', 'paused'];
  const statuses: TaskStatus[] = ['not_started', 'in_progress', 'done', 'paused'];
  const label = (o: { label: string; n: number }) => `${o.label}（${o.n}）`;
  const select = <V extends string | number>(key: keyof LedgerFilters, placeholder: string, list: { value: V; label: string }[], width: number) => (
    <Select<V>
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={placeholder}
      placeholder={placeholder}
      style={{ width }}
      value={(filters[key] as V | null | undefined) ?? undefined}
      onChange={(v) => onChange({ [key]: v ?? null })}
      options={options(rows, filters, key, list).map((o) => ({ value: o.value, label: label(o) }))}
    />
  );
  /** Several choices at once (灯色, 状态); each choice counts with this filter's own choices cleared. */
  const multi = <V extends string>(key: 'lights' | 'statuses', placeholder: string, list: { value: V; label: string }[]) => (
    <Select<V[]>
      mode="multiple"
      allowClear
      aria-label={placeholder}
      placeholder={placeholder}
      style={{ minWidth: 110 }}
      value={(filters[key] as V[] | undefined) ?? []}
      onChange={(v) => onChange({ [key]: v })}
      options={options(rows, { ...filters, [key]: [] }, key, list, true).map((o) => ({ value: o.value, label: label(o) }))}
    />
  );
  return (
    <Space wrap size={[8, 8]} style={{ marginBottom: 8 }}>
      {select('planId', '全部方案', choices.plans, 220)}
      {select('partId', '全部部分', choices.parts, 180)}
      {select('unitId', '单位（牵头或配合）', choices.units, 180)}
      {select('groupId', '责任组', choices.groups, 150)}
      {multi('lights', '灯色', lights.map((l) => ({ value: l, label: lightLabels[l] })))}
      {multi('statuses', '状态', statuses.map((v) => ({ value: v, label: statusLabels[v] })))}
      <DatePicker.RangePicker
        aria-label="完成时限范围"
        placeholder={['时限自', '时限至']}
        style={{ width: 240 }}
        value={[filters.dueFrom ? dayjs(filters.dueFrom) : null, filters.dueTo ? dayjs(filters.dueTo) : null]}
        allowEmpty={[true, true]}
        onChange={(v) => onChange({ dueFrom: v?.[0]?.format('YYYY-MM-DD') ?? null, dueTo: v?.[1]?.format('YYYY-MM-DD') ?? null })}
      />
      <Input.Search
        allowClear
        aria-label="搜索任务"
        placeholder="搜索任务、内容、进展"
        style={{ width: 200 }}
        value={filters.text ?? ''}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <Typography.Text type="secondary" data-testid="ledger-shown">
        显示 {shown} 项
      </Typography.Text>
      <Button size="small" onClick={onClear}>
        清除筛选
      </Button>
    </Space>
  );
}
