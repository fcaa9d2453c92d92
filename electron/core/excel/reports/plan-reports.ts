// 重点工作时序安排表 with 完成情况 (banan-2017's annex 2) and 指标监测表 (yubei-2022's annex 2).
import { chineseDay } from '../../../shared/dates';
import type { IndicatorDto } from '../../../shared/dto';
import { statusLabels, type LedgerRow } from '../../../shared/ledger';
import { judgementLabels, type IndicatorsDto } from '../../../shared/reporting';
import type { SheetRow, SheetSpec } from '../sheet-spec';

export const timelineSpec: SheetSpec = {
  sheetName: '重点工作时序安排表',
  columns: [
    { key: 'no', header: '序号', width: 6, align: 'center' },
    { key: 'work', header: '工作内容', width: 50 },
    { key: 'units', header: '责任单位', width: 26 },
    { key: 'deadline', header: '完成时限', width: 14, align: 'center' },
    { key: 'done', header: '完成情况', width: 40 },
  ],
};

export function timelineRows(rows: LedgerRow[]): SheetRow[] {
  return rows.filter((r) => r.kind === 'timeline' && !r.isHeading).map((r, i) => {
    const note = r.latestProgress ? `（${chineseDay(r.latestProgress.enteredOn)}）${r.latestProgress.body}` : '';
    const state = r.status === 'done' ? `已完成${r.completedOn ? `（${chineseDay(r.completedOn)}）` : ''}` : r.light === 'red' ? `逾期未完成` : statusLabels[r.status];
    return {
      cells: {
        no: i + 1, work: r.title,
        units: [...r.leadUnits, ...r.cooperatingUnits].map((u) => u.name).join('、') || r.groups.map((g) => g.name).join('、'),
        deadline: r.deadline.text ?? (r.due ? chineseDay(r.due) : ''), done: note ? `${state}\n${note}` : state,
      },
      alert: r.light === 'red' ? ['done'] : undefined,
    };
  });
}

/** Target columns follow the plan's target years (2023年目标, 2025年目标 …). */
export function indicatorSpec(years: number[]): SheetSpec {
  return {
    sheetName: '指标监测表',
    columns: [
      { key: 'no', header: '序号', width: 6, align: 'center' },
      { key: 'category', header: '一级指标', width: 12, align: 'center' },
      { key: 'name', header: '二级指标', width: 36 },
      { key: 'unit', header: '单位', width: 8, align: 'center' },
      { key: 'baseline', header: '基线', width: 12, align: 'center' },
      ...years.map((y) => ({ key: `t${y}`, header: `${y}年目标`, width: 12, align: 'center' as const })),
      { key: 'current', header: '当前值', width: 11, align: 'center', numFmt: '0.00' },
      { key: 'judgement', header: '达标情况', width: 10, align: 'center' },
      { key: 'units', header: '责任单位', width: 24 },
    ],
  };
}

export function indicatorRows(computed: IndicatorsDto, listed: IndicatorDto[]): SheetRow[] {
  const byId = new Map(listed.map((i) => [i.id, i]));
  return computed.rows.map((r) => {
    const own = byId.get(r.indicatorId);
    const cells: Record<string, string | number | null> = {
      no: r.code, category: r.category ?? '', name: r.name, unit: r.unitLabel ?? '',
      baseline: r.baseline.text ? `${r.baseline.text}${r.baseline.year ? `（${r.baseline.year}年）` : ''}` : '',
      current: r.district.value === null ? '' : Math.round(r.district.value * 100) / 100,
      judgement: r.district.value === null ? '' : judgementLabels[r.district.judgement],
      units: own ? own.responsibleUnits.join('、') || (own.responsibleUnitsText ?? '') : '',
    };
    for (const t of r.targets) cells[`t${t.year}`] = t.value !== null ? `${t.comparator ?? ''}${t.value}` : t.text;
    return { cells, alert: r.district.judgement === 'notMet' ? ['current', 'judgement'] : undefined };
  });
}
