import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { HTMLAttributes } from 'react';
import { useMemo } from 'react';
import type { IndicatorRowDto, IndicatorsDto, JudgedValue } from '../../../../electron/shared/reporting';
import { judgementLabels } from '../../../../electron/shared/reporting';

export const shown = (v: number | null): string => (v === null ? '—' : v.toFixed(2));

/** A value with its judgement: off-target values in red, so the eye finds them first. */
function Judged({ v, unit }: { v: JudgedValue; unit: string | null }) {
  if (v.value === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const off = v.judgement === 'notMet';
  return (
    <Tooltip title={judgementLabels[v.judgement]}>
      <span data-judgement={v.judgement} style={off ? { color: '#cf1322', fontWeight: 600 } : undefined}>
        {shown(v.value)}{unit === '%' ? '%' : ''}
      </span>
    </Tooltip>
  );
}

const targetText = (r: IndicatorRowDto) =>
  r.targets.map((t) => `${t.year}年：${t.value !== null ? `${t.comparator ?? ''}${t.value}` : t.text}`).join('；') || '—';
/** The targets as numbers; the document's own words in a tooltip when they say more (降到30%以下). */
function TargetCell({ r }: { r: IndicatorRowDto }) {
  const words = r.targets.filter((t) => t.value === null || t.text !== String(t.value)).map((t) => `${t.year}年：${t.text}`);
  const shownText = <span>{targetText(r)}</span>;
  return words.length ? <Tooltip title={words.join('；')}>{shownText}</Tooltip> : shownText;
}
const baselineText = (r: IndicatorRowDto) => (r.baseline.text ? `${r.baseline.text}${r.baseline.year ? `（${r.baseline.year}）` : ''}` : '—');
// Column heads stay short: the district's name adds nothing inside the district's own table.
const shortName = (name: string) => name.replace(/^(重庆市|巴南区|渝北区)/, '');

/**
 * The unit columns: every hospital a formula is computed for, then any unit an entered value was
 * given for, so a value entered for one unit is never left without a column.
 */
function unitColumns(rows: IndicatorRowDto[]): { unitId: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const r of [...rows.filter((x) => x.formula), ...rows.filter((x) => !x.formula)]) {
    for (const u of r.byUnit) if (!seen.has(u.unitId)) seen.set(u.unitId, u.name);
  }
  return [...seen].map(([unitId, name]) => ({ unitId, name }));
}

/**
 * 序号, 一级指标, 指标名称, 单位, 基线, 目标, 全区 and one column per unit. The first columns stay put
 * while the unit columns scroll inside the table; a column no indicator fills is left out
 * (banan's three have no category or baseline).
 */
export function IndicatorTable({ data, onTrend, onEnter }: { data: IndicatorsDto; onTrend: (r: IndicatorRowDto) => void; onEnter: (r: IndicatorRowDto) => void }) {
  const columns = useMemo((): ColumnsType<IndicatorRowDto> => {
    const units = unitColumns(data.rows);
    const hasCategory = data.rows.some((r) => r.category);
    const hasBaseline = data.rows.some((r) => r.baseline.text);
    const hasFormula = data.rows.some((r) => r.formula);
    return [
      { title: '序号', dataIndex: 'code', width: 52, fixed: 'left' },
      ...(hasCategory ? [{ title: '一级指标', dataIndex: 'category', width: 86, fixed: 'left' as const, render: (c: string | null) => c ?? '' }] : []),
      {
        title: '指标名称', dataIndex: 'name', width: 220, fixed: 'left',
        render: (n: string, r) => (r.formula ? <Tooltip title={`计算方法：${r.formula}`}><span>{n}</span></Tooltip> : n),
      },
      { title: '单位', dataIndex: 'unitLabel', width: 56, render: (u: string | null) => u ?? '' },
      ...(hasBaseline ? [{ title: '基线', key: 'baseline', width: 100, render: (_: unknown, r: IndicatorRowDto) => baselineText(r) }] : []),
      { title: '目标', key: 'targets', width: 190, className: 'nowrap', render: (_, r) => <TargetCell r={r} /> },
      {
        title: '全区', key: 'district', width: 130, align: 'right',
        render: (_, r) => (
          <span className="nowrap">
            <Judged v={r.district} unit={r.unitLabel} />
            {(r.district.judgement === 'met' || r.district.judgement === 'notMet') && (
              <Tag style={{ marginInlineStart: 6, marginInlineEnd: 0 }} color={r.district.judgement === 'met' ? 'green' : 'red'}>{judgementLabels[r.district.judgement]}</Tag>
            )}
          </span>
        ),
      },
      ...units.map((h): ColumnsType<IndicatorRowDto>[number] => ({
        title: <Tooltip title={h.name}><span>{shortName(h.name)}</span></Tooltip>, key: `u${h.unitId}`, width: 100, align: 'right',
        render: (_, r) => {
          const v = r.byUnit.find((u) => u.unitId === h.unitId);
          return v ? <Judged v={v} unit={r.unitLabel} /> : '';
        },
      })),
      ...(hasFormula ? [{ title: '计算方法', dataIndex: 'formula', width: 320, render: (f: string | null) => f ?? '录入' }] : []),
      {
        title: '操作', key: 'actions', width: 64, fixed: 'right',
        render: (_, r) => (r.formula
          ? <Button size="small" type="link" onClick={() => onTrend(r)}>趋势</Button>
          : <Button size="small" type="link" onClick={() => onEnter(r)}>录入</Button>),
      },
    ];
  }, [data, onTrend, onEnter]);
  return (
    <Table<IndicatorRowDto> className="indicator-table" size="small" rowKey="indicatorId" bordered pagination={false} dataSource={data.rows} columns={columns}
      scroll={{ x: 'max-content' }} sticky locale={{ emptyText: '这个方案还没有监测指标' }}
      onRow={(r) => ({ 'data-indicator': r.name }) as HTMLAttributes<HTMLElement>} />
  );
}
