import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { TrendDto } from '../../../../electron/shared/reporting';

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
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v.toFixed(2)}${unit}` : '—') },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 48, right: 24, top: 32, bottom: 56 },
      xAxis: { type: 'category', data: trend.periods.map((p) => (p.code.length === 10 ? p.code.slice(5).replace('-', '/') : p.code)), boundaryGap: false },
      yAxis: { type: 'value', name: unit, scale: true },
      series: trend.series.map((s) => {
        const district = s.unitId === null;
        return {
          name: s.name, type: 'line', data: s.values, connectNulls: false, symbolSize: district ? 7 : 4,
          lineStyle: { width: district ? 3.5 : 1.2 }, z: district ? 10 : 2,
          ...(district ? { color: '#262626' } : {}),
          ...(district && target !== null
            ? { markLine: { symbol: 'none', lineStyle: { type: 'dashed', color: '#cf1322' }, label: { formatter: `目标 ${target}${unit}`, position: 'insideEndTop' }, data: [{ yAxis: target }] } }
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
