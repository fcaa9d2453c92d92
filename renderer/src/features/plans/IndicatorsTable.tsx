import { Table, Tag } from 'antd';
import type { IndicatorDto } from '../../../../electron/shared/dto';
import { useElementWidth } from '../../components/use-element-width';

const directionLabels = { higher: '越高越好', lower: '越低越好', none: '—' } as const;

/** Indicators with baseline and targets exactly as written; the document's own 序号 beside ours. */
export function IndicatorsTable({ indicators }: { indicators: IndicatorDto[] }) {
  // Beside the source pane the table is narrow: the unit joins the name and 方向 is left out.
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width > 0 && width < 900;
  const years = [...new Set(indicators.flatMap((i) => i.targets.map((t) => t.year)))].sort();
  const baselineYear = indicators.find((i) => i.baseline)?.baseline?.year;
  return (
    <div ref={ref}>
      <Table<IndicatorDto>
        rowKey="id"
        size="small"
        sticky
        tableLayout="fixed"
        pagination={false}
        dataSource={indicators}
        columns={[
          { title: '序号', dataIndex: 'code', width: 56 },
          { title: '一级指标', dataIndex: 'category', width: narrow ? 88 : 110 },
          {
            title: '指标',
            dataIndex: 'name',
            render: (name: string, i) => {
              const label = narrow && i.unitLabel ? `${name}（${i.unitLabel}）` : name;
              return i.note ? <span title={i.note}>{label}</span> : label;
            },
          },
          ...(narrow ? [] : [{ title: '单位', dataIndex: 'unitLabel', width: 70 }]),
          ...(baselineYear
            ? [{ title: `${baselineYear}年现值`, key: 'baseline', width: 100, render: (_: unknown, i: IndicatorDto) => i.baseline?.text ?? '' }]
            : []),
          ...years.map((year) => ({
            title: `${year}年目标`,
            key: `t${year}`,
            width: 110,
            render: (_: unknown, i: IndicatorDto) => i.targets.find((t) => t.year === year)?.text ?? '',
          })),
          ...(narrow ? [] : [{
            title: '方向',
            dataIndex: 'direction',
            width: 90,
            render: (d: IndicatorDto['direction']) => <Tag color={d === 'higher' ? 'green' : d === 'lower' ? 'blue' : undefined}>{directionLabels[d]}</Tag>,
          }]),
          { title: '责任单位', key: 'units', width: narrow ? 120 : 180, render: (_: unknown, i) => i.responsibleUnitsText ?? i.responsibleUnits.join('、') },
        ]}
      />
    </div>
  );
}
