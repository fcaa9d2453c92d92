import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { TrendDto } from '../../../../electron/shared/reporting';
import { niceAxis } from './trend-axis';

// Only the parts the trend needs, so the bundle stays small; nothing is fetched at run time.
echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

/** One line per hospital, a bold 全区 line from the summed figures, and the target as a dashed line. */
export function TrendChart({ trend }: { trend: TrendDto }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
    const unit = trend.unitLabel ?? '';
    const target = trend.target?.value ?? null;
    // Chinese labels under the axis: 9月5日 for a day, 第41周 for a week, 10月 for a month.
    const axisLabel = (code: string) => {
      const week = /^\d{4}-W(\d{2})$/.exec(code);
      if (week) return `第${Number(week[1])}周`;
      const [, m, d] = code.split('-');
      return d ? `${Number(m)}月${Number(d)}日` : `${Number(m)}月`;
    };
    // The axis always reaches the target line, even when every value lies far from it; its ends and
    // step are chosen here (1, 2 or 5 × 10ⁿ) so the end labels never crowd the ticks next to them.
    const values = trend.series.flatMap((x) => x.values).filter((v): v is number => v !== null);
    const lo = Math.min(...values, ...(target === null ? [] : [target]));
    const hi = Math.max(...values, ...(target === null ? [] : [target]));
    const axis = Number.isFinite(lo) && Number.isFinite(hi) ? niceAxis(lo, hi) : {};
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      tooltip: {
        trigger: 'axis',
        formatter: (items: { dataIndex: number; marker: string; seriesName: string; value: unknown }[]) => {
          const head = trend.periods[items[0]?.dataIndex ?? 0]?.label ?? '';
          const lines = items.map((i) => `${i.marker}${i.seriesName}：${typeof i.value === 'number' ? `${i.value.toFixed(2)}${unit}` : '—'}`);
          return [head, ...lines].join('<br/>');
        },
      },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 56, right: 32, top: 40, bottom: 64 },
      xAxis: { type: 'category', name: '报送期', nameLocation: 'middle', nameGap: 28, data: trend.periods.map((p) => axisLabel(p.code)), boundaryGap: false },
      yAxis: {
        type: 'value', name: `${trend.name}${unit ? `（${unit}）` : ''}`, nameTextStyle: { align: 'left' },
        ...axis,
      },
      series: trend.series.map((s) => {
        const district = s.unitId === null;
        return {
          name: s.name, type: 'line', data: s.values, connectNulls: false, showSymbol: true, symbolSize: district ? 7 : 4,
          lineStyle: { width: district ? 3.5 : 1.2 }, z: district ? 10 : 2,
          ...(district ? { color: '#262626' } : {}),
          ...(district && target !== null
            ? { markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#cf1322' }, label: { formatter: `目标 ${target}${unit}`, position: 'insideEndTop' }, data: [{ yAxis: target }] } }
            : {}),
        };
      }),
    });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [trend]);
  return <div ref={box} className="trend-chart" role="img" aria-label={`${trend.name}趋势图`} style={{ width: '100%', height: 340 }} />;
}
