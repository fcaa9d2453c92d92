import { Button, Card, DatePicker, Empty, Segmented, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { IndicatorRowDto, IndicatorsDto, TrendDto } from '../../../../electron/shared/reporting';
import { failureOf, indicatorsApi, type Failure } from '../../api';
import { AsOfPicker } from '../../components/AsOfPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsOf } from '../../stores/as-of-store';
import { PeriodChooser } from '../reporting/PeriodChooser';
import { EnterValue, NewIndicator } from './IndicatorForms';
import { IndicatorTable } from './IndicatorTable';
import { useIndicators, type ReadMode } from './indicators-store';
import { TrendChart } from './TrendChart';

const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
const monthOf = (day: string): [string, string] => [iso(dayjs(day).startOf('month')), iso(dayjs(day).endOf('month'))];

/** 指标监测: each indicator for the district and per hospital, judged against its target, with its trend. */
export function IndicatorsPage() {
  const asOf = useAsOf((s) => s.asOf);
  const s = useIndicators();
  const plan = s.plans.find((p) => p.id === s.planId) ?? null;
  const [day, setDay] = useState(asOf);
  const [data, setData] = useState<IndicatorsDto | null>(null);
  const [trend, setTrend] = useState<TrendDto | null>(null);
  const [entering, setEntering] = useState<IndicatorRowDto | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  const fail = (e: unknown) => setError(failureOf(e));
  useEffect(() => setDay(asOf), [asOf]);
  useEffect(() => void useIndicators.getState().loadPlans(), []);

  // A plan without a regime has only entered values: they are read as they stood on one day.
  const mode: ReadMode = plan?.setup ? s.mode : 'period';
  const [spanFrom, spanTo] = s.span ?? monthOf(day);
  const load = useCallback(() => {
    if (!plan) return;
    const input = !plan.setup ? { planId: plan.id, from: day, to: day }
      : mode === 'range' ? { planId: plan.id, from: spanFrom, to: spanTo } : { planId: plan.id, period: day };
    indicatorsApi.compute(input).then(
      (d) => { setData(d); setError(null); },
      (e: unknown) => { setData(null); fail(e); },
    );
  }, [plan, day, mode, spanFrom, spanTo]);
  useEffect(load, [load]);

  const [from, to] = s.trendRange ?? (plan?.setup ? [plan.setup.startOn, iso(dayjs(plan.setup.startOn).add(2, 'month').subtract(1, 'day'))] : [day, day]);
  useEffect(() => {
    if (!plan?.setup || s.trendOf === null) return setTrend(null);
    indicatorsApi.trend({ planId: plan.id, indicatorId: s.trendOf, from, to }).then(
      (t) => { setTrend(t); setError(null); },
      (e: unknown) => { setTrend(null); fail(e); },
    );
  }, [plan, s.trendOf, from, to]);

  const onTrend = useCallback((r: IndicatorRowDto) => useIndicators.getState().showTrend(r.indicatorId), []);
  const onEnter = useCallback((r: IndicatorRowDto) => setEntering(r), []);
  const problem = error ?? s.error;
  return (
    <Card title="指标监测" styles={{ body: { padding: '12px 16px' } }} extra={<AsOfPicker />}>
      <div className="indicator-toolbar">
        <Select aria-label="方案" className="indicator-plan" value={s.planId ?? undefined} placeholder="选择方案" onChange={(id: string) => s.choosePlan(id)}
          options={s.plans.map((p) => ({ value: p.id, label: p.title }))} />
        {plan?.setup && (
          <Segmented<ReadMode> aria-label="统计方式" value={mode} onChange={(m) => s.setMode(m)}
            options={[{ value: 'period', label: '按报送期' }, { value: 'range', label: '按日期区间' }]} />
        )}
        {plan && (plan.setup
          ? mode === 'period'
            ? <PeriodChooser value={day} period={null} span={data ? { start: data.from, end: data.to } : null} onChange={setDay} />
            : <DatePicker.RangePicker aria-label="统计区间" allowClear={false} value={[dayjs(spanFrom), dayjs(spanTo)]} style={{ width: 250 }}
                onChange={(v) => v?.[0] && v[1] && s.setSpan([iso(v[0]), iso(v[1])])} />
          : <DatePicker aria-label="数据截至日期" allowClear={false} value={dayjs(day)} style={{ width: 130 }} onChange={(d) => d && setDay(iso(d))} />)}
        {data && plan && (
          <Typography.Text strong data-testid="indicator-period">
            {plan.setup ? (mode === 'range' ? `${data.from} 至 ${data.to} 合计` : data.label) : `截至 ${data.to}`}
          </Typography.Text>
        )}
        {/* A new indicator is a formula over reported figures, so only a plan with a regime can have one. */}
        {plan?.setup && <Button onClick={() => setCreating(true)} style={{ marginLeft: 'auto' }}>新增指标</Button>}
      </div>
      {problem && <ErrorNotice message={problem.message} detail={problem.detail} onRetry={() => { load(); void s.loadPlans(); }} />}
      {s.loaded && !plan && !problem && <Empty description="还没有含监测指标的方案" />}
      {data && plan && <IndicatorTable data={data} onTrend={onTrend} onEnter={onEnter} />}
      {trend && (
        <Card size="small" style={{ marginTop: 12 }} className="trend-card" title={`${trend.name}趋势`} extra={
          <Space wrap>
            <DatePicker.RangePicker aria-label="趋势区间" allowClear={false} value={[dayjs(from), dayjs(to)]} style={{ width: 250 }}
              onChange={(v) => v?.[0] && v[1] && s.setTrendRange([iso(v[0]), iso(v[1])])} />
            <Button size="small" onClick={() => s.showTrend(null)}>关闭</Button>
          </Space>
        }>
          <Typography.Text type="secondary">全区按各院合计数计算，不是各院比值的平均；虚线为{trend.target ? `${trend.target.year}年目标` : '目标'}。</Typography.Text>
          <TrendChart trend={trend} />
        </Card>
      )}
      {plan && <EnterValue row={entering} day={data?.to ?? day} scope={plan.scope} onClose={() => setEntering(null)} onSaved={() => { setEntering(null); load(); }} />}
      {plan?.setup && <NewIndicator planId={plan.id} open={creating} onClose={() => setCreating(false)} onSaved={() => { setCreating(false); load(); }} />}
    </Card>
  );
}
