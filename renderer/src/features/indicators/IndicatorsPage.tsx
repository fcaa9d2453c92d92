import { Button, Card, DatePicker, Empty, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IndicatorRowDto, IndicatorsDto, JudgedValue, RegimeSetupDto, TrendDto } from '../../../../electron/shared/reporting';
import { judgementLabels } from '../../../../electron/shared/reporting';
import { errorDetail, errorMessage, indicatorsApi, plansApi, reportingApi } from '../../api';
import { AsOfPicker } from '../../components/AsOfPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsOf } from '../../stores/as-of-store';
import { PeriodChooser } from '../reporting/PeriodChooser';
import { EnterValue, NewIndicator } from './IndicatorForms';
import { TrendChart } from './TrendChart';

type PlanChoice = { id: string; title: string; scope: string; setup: RegimeSetupDto | null };
type Failure = { message: string; detail: string | null };

const shown = (v: number | null) => (v === null ? '—' : v.toFixed(2));
/** A value with its judgement: off-target values in red, so the eye finds them first. */
function Judged({ v, unit }: { v: JudgedValue; unit: string | null }) {
  if (v.value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={judgementLabels[v.judgement]}>
      <span data-judgement={v.judgement} style={{ color: v.judgement === 'notMet' ? '#cf1322' : undefined, fontWeight: v.judgement === 'notMet' ? 600 : undefined }}>
        {shown(v.value)}{unit === '%' ? '%' : ''}
      </span>
    </Tooltip>
  );
}
const targetText = (r: IndicatorRowDto) => r.targets.map((t) => `${t.year}年：${t.value !== null ? `${t.comparator ?? ''}${t.value}` : t.text}`).join('；') || '—';

/** 指标监测: each indicator for the district and per hospital, judged against its target, with its trend. */
export function IndicatorsPage() {
  const asOf = useAsOf((s) => s.asOf);
  const [plans, setPlans] = useState<PlanChoice[]>([]);
  const [planId, setPlanId] = useState<string | null>(null);
  const [day, setDay] = useState(asOf);
  const [data, setData] = useState<IndicatorsDto | null>(null);
  const [trend, setTrend] = useState<TrendDto | null>(null);
  const [range, setRange] = useState<[string, string] | null>(null);
  const [trendOf, setTrendOf] = useState<number | null>(null);
  const [entering, setEntering] = useState<IndicatorRowDto | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const fail = (e: unknown) => setError({ message: errorMessage(e), detail: errorDetail(e) });
  useEffect(() => setDay(asOf), [asOf]);
  useEffect(() => {
    void (async () => {
      try {
        const all = await plansApi.list();
        const withIndicators = (await Promise.all(all.map(async (p) => ((await plansApi.indicators(p.id)).length ? p : null)))).filter((p) => p !== null);
        const choices = await Promise.all(withIndicators.map(async (p) => ({ id: p.id, title: p.title, scope: p.scope, setup: await reportingApi.setup(p.id) })));
        setPlans(choices);
        setPlanId((cur) => cur ?? choices.find((c) => c.setup)?.id ?? choices[0]?.id ?? null);
      } catch (e) {
        fail(e);
      }
    })();
  }, []);
  const plan = plans.find((p) => p.id === planId) ?? null;
  const load = useCallback(() => {
    if (!plan) return;
    indicatorsApi.compute(plan.setup ? { planId: plan.id, period: day } : { planId: plan.id, from: day, to: day }).then(
      (d) => { setData(d); setError(null); },
      (e: unknown) => { setData(null); fail(e); },
    );
  }, [plan, day]);
  useEffect(load, [load]);
  const [from, to] = range ?? (plan?.setup ? [plan.setup.startOn, dayjs(plan.setup.startOn).add(60, 'day').format('YYYY-MM-DD')] : [day, day]);
  useEffect(() => {
    if (!plan || trendOf === null) return setTrend(null);
    indicatorsApi.trend({ planId: plan.id, indicatorId: trendOf, from, to }).then(setTrend, fail);
  }, [plan, trendOf, from, to]);

  const hospitals = useMemo(() => data?.rows.find((r) => r.formula)?.byUnit.map((u) => ({ unitId: u.unitId, name: u.name })) ?? [], [data]);
  // A column no indicator of the plan fills is left out (banan's three have no category or baseline).
  const hasCategory = !!data?.rows.some((r) => r.category);
  const hasBaseline = !!data?.rows.some((r) => r.baseline.text);
  const columns: ColumnsType<IndicatorRowDto> = [
    { title: '序号', dataIndex: 'code', width: 56, fixed: 'left' },
    ...(hasCategory ? [{ title: '一级指标', dataIndex: 'category', width: 90, fixed: 'left' as const, render: (c: string | null) => c ?? '' }] : []),
    {
      title: '指标', dataIndex: 'name', width: 220, fixed: 'left',
      render: (n: string, r) => (r.formula ? <Tooltip title={`计算方法：${r.formula}`}><span>{n}</span></Tooltip> : n),
    },
    { title: '单位', dataIndex: 'unitLabel', width: 60 },
    ...(hasBaseline ? [{ title: '基线', key: 'baseline', width: 90, render: (_: unknown, r: IndicatorRowDto) => (r.baseline.text ? `${r.baseline.text}${r.baseline.year ? `（${r.baseline.year}）` : ''}` : '—') }] : []),
    { title: '目标', key: 'targets', width: 160, render: (_, r) => <Tooltip title={r.targets.map((t) => t.text).join('；')}><span>{targetText(r)}</span></Tooltip> },
    {
      title: '全区', key: 'district', width: 110, align: 'right',
      render: (_, r) => <Space size={4}><Judged v={r.district} unit={r.unitLabel} />{r.district.value !== null && r.target && <Tag color={r.district.judgement === 'met' ? 'green' : r.district.judgement === 'notMet' ? 'red' : undefined}>{judgementLabels[r.district.judgement]}</Tag>}</Space>,
    },
    ...hospitals.map((h): ColumnsType<IndicatorRowDto>[number] => ({
      title: <Tooltip title={h.name}><span>{h.name.replace(/^(重庆市|巴南区)/, '')}</span></Tooltip>, key: `u${h.unitId}`, width: 96, align: 'right',
      render: (_, r) => {
        const v = r.byUnit.find((u) => u.unitId === h.unitId);
        return v ? <Judged v={v} unit={r.unitLabel} /> : '';
      },
    })),
    {
      title: '', key: 'actions', width: 70, fixed: 'right',
      render: (_, r) => (r.formula
        ? <Button size="small" type="link" onClick={() => setTrendOf(r.indicatorId)}>趋势</Button>
        : <Button size="small" type="link" onClick={() => setEntering(r)}>录入</Button>),
    },
  ];
  return (
    <Card title="指标监测" styles={{ body: { padding: '12px 16px' } }} extra={
      <Space wrap>
        <Select aria-label="方案" style={{ width: 320 }} value={planId ?? undefined} placeholder="选择方案" onChange={(id: string) => { setPlanId(id); setTrendOf(null); setRange(null); }}
          options={plans.map((p) => ({ value: p.id, label: p.title }))} />
        <AsOfPicker />
      </Space>
    }>
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={load} />}
      {!plan && !error && <Empty description="没有含监测指标的方案" />}
      {plan && (
        <Space wrap style={{ marginBottom: 8 }}>
          {plan.setup ? <PeriodChooser value={day} period={null} span={data ? { start: data.from, end: data.to } : null} onChange={setDay} /> : <DatePicker aria-label="数据截至日期" allowClear={false} value={dayjs(day)} onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))} />}
          {data && <Typography.Text strong data-testid="indicator-period">{plan.setup ? data.label : `截至 ${data.to}`}</Typography.Text>}
          {plan.setup && <Button onClick={() => setCreating(true)}>新增指标</Button>}
        </Space>
      )}
      {data && (
        <Table<IndicatorRowDto> className="indicator-table" size="small" rowKey="indicatorId" bordered pagination={false} dataSource={data.rows} columns={columns}
          scroll={{ x: 'max-content' }} onRow={(r) => ({ 'data-indicator': r.name }) as React.HTMLAttributes<HTMLElement>} />
      )}
      {trend && (
        <Card size="small" style={{ marginTop: 12 }} title={`${trend.name}趋势（全区按各院合计数计算）`} extra={
          <Space>
            <DatePicker.RangePicker aria-label="趋势区间" allowClear={false} value={[dayjs(from), dayjs(to)]}
              onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])} />
            <Button size="small" onClick={() => setTrendOf(null)}>关闭</Button>
          </Space>
        }>
          <TrendChart trend={trend} />
        </Card>
      )}
      {plan && <EnterValue row={entering} day={day} scope={plan.scope} onClose={() => setEntering(null)} onSaved={() => { setEntering(null); load(); }} />}
      {plan && <NewIndicator planId={plan.id} open={creating} onClose={() => setCreating(false)} onSaved={() => { setCreating(false); load(); }} />}
    </Card>
  );
}
