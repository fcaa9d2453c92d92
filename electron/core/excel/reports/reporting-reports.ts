// 信息报送汇总表 (the weekly summary as sheets: completeness, indicators per hospital and district,
// overdue tasks, incidents, narratives) and 报送情况通报 (units ranked by on-time rate).
import { chineseDay } from '../../../shared/dates';
import {
  incidentCategoryLabels, incidentSeverityLabels, judgementLabels, rateText, stateLabels, type MatrixDto, type SummaryDto,
} from '../../../shared/reporting';
import type { SheetRow, SheetSpec } from '../sheet-spec';

const pct = (r: number | null) => rateText(r, '');
const time = (s: string | null) => (s ? `${chineseDay(s.slice(0, 10))} ${s.slice(11, 16)}` : '');

export const completenessSpec: SheetSpec = {
  sheetName: '报送情况',
  columns: [
    { key: 'no', header: '序号', width: 6, align: 'center' },
    { key: 'unit', header: '报送单位', width: 34 },
    { key: 'state', header: '报送情况', width: 12, align: 'center' },
    { key: 'at', header: '收到时间', width: 18, align: 'center' },
  ],
};
export const completenessRows = (s: SummaryDto): SheetRow[] =>
  s.rows.map((r, i) => ({ cells: { no: i + 1, unit: r.name, state: stateLabels[r.state], at: time(r.receivedAt) }, alert: r.state === 'missing' ? ['state'] : undefined }));

export function summaryIndicatorSpec(hospitals: string[]): SheetSpec {
  return {
    sheetName: '主要指标',
    columns: [
      { key: 'name', header: '指标', width: 26 },
      { key: 'target', header: '目标', width: 12, align: 'center' },
      { key: 'district', header: '全区', width: 10, align: 'center', numFmt: '0.00' },
      { key: 'judgement', header: '达标情况', width: 10, align: 'center' },
      ...hospitals.map((h, i) => ({ key: `h${i}`, header: h, width: 12, align: 'center' as const, numFmt: '0.00' })),
    ],
    groups: hospitals.length ? [['各医院', 'h0', `h${hospitals.length - 1}`]] : undefined,
  };
}
export function summaryIndicatorRows(s: SummaryDto, hospitals: string[]): SheetRow[] {
  const round = (v: number | null) => (v === null ? '' : Math.round(v * 100) / 100);
  return s.indicators.rows.map((r) => {
    const cells: Record<string, string | number | null> = {
      name: `${r.name}${r.unitLabel ? `（${r.unitLabel}）` : ''}`, target: r.target ? (r.target.value !== null ? `${r.target.comparator ?? ''}${r.target.value}` : r.target.text) : '',
      district: round(r.district.value), judgement: r.district.value === null ? '' : judgementLabels[r.district.judgement],
    };
    const alert = r.district.judgement === 'notMet' ? ['district', 'judgement'] : [];
    hospitals.forEach((h, i) => {
      const u = r.byUnit.find((x) => x.name === h);
      cells[`h${i}`] = round(u?.value ?? null);
      if (u?.judgement === 'notMet') alert.push(`h${i}`);
    });
    return { cells, alert };
  });
}

export const overdueSpec: SheetSpec = {
  sheetName: '逾期任务',
  columns: [
    { key: 'no', header: '序号', width: 8, align: 'center' },
    { key: 'title', header: '任务', width: 60 },
    { key: 'lead', header: '牵头单位', width: 24 },
    { key: 'due', header: '完成时限', width: 16, align: 'center' },
  ],
};
export const overdueRows = (s: SummaryDto): SheetRow[] =>
  s.tasks.overdue.map((t, i) => ({ cells: { no: t.code || i + 1, title: t.title, lead: t.lead, due: t.due ? chineseDay(t.due, true) : '' } }));

export const incidentSpec: SheetSpec = {
  sheetName: '突发情况',
  columns: [
    { key: 'at', header: '收到时间', width: 18, align: 'center' },
    { key: 'unit', header: '报告单位', width: 20 },
    { key: 'category', header: '类别', width: 10, align: 'center' },
    { key: 'severity', header: '等级', width: 8, align: 'center' },
    { key: 'title', header: '事件', width: 36 },
    { key: 'actions', header: '处置情况', width: 36 },
    { key: 'state', header: '状态', width: 10, align: 'center' },
  ],
};
export const incidentRows = (s: SummaryDto): SheetRow[] =>
  s.incidents.map((i) => ({
    cells: {
      at: time(i.receivedAt), unit: i.unitName ?? '', category: incidentCategoryLabels[i.category], severity: incidentSeverityLabels[i.severity],
      title: i.body ? `${i.title}\n${i.body}` : i.title, actions: i.actions ?? '', state: i.closedAt ? '已办结' : '未办结',
    },
  }));

export const narrativeSpec: SheetSpec = {
  sheetName: '各单位工作进展',
  columns: [
    { key: 'unit', header: '单位', width: 26 },
    { key: 'label', header: '事项', width: 12, align: 'center' },
    { key: 'text', header: '内容', width: 80 },
  ],
};
export const narrativeRows = (s: SummaryDto): SheetRow[] =>
  s.narratives.flatMap((n) => n.fields.map((f, i) => ({
    cells: { unit: n.name, label: f.label, text: f.text }, spans: i === 0 && n.fields.length > 1 ? { unit: n.fields.length } : undefined,
  })));

export const rankingSpec: SheetSpec = {
  sheetName: '报送情况通报',
  columns: [
    { key: 'rank', header: '排名', width: 6, align: 'center' },
    { key: 'unit', header: '单位', width: 34 },
    { key: 'expected', header: '应报', width: 8, align: 'center' },
    { key: 'received', header: '实报', width: 8, align: 'center' },
    { key: 'onTime', header: '按时', width: 8, align: 'center' },
    { key: 'late', header: '迟报', width: 8, align: 'center' },
    { key: 'missing', header: '未报', width: 8, align: 'center' },
    { key: 'rate', header: '报送率', width: 10, align: 'center' },
    { key: 'onTimeRate', header: '及时率', width: 10, align: 'center' },
  ],
};
/** Best on-time rate first; equal rates share a rank (1, 2, 2, 4). */
export function rankingRows(m: MatrixDto): SheetRow[] {
  const rows = m.reporters.map((r, i) => ({ name: r.name, t: m.byReporter[i]! })).filter((x) => x.t.expected > 0)
    .sort((a, b) => (b.t.onTimeRate ?? 0) - (a.t.onTimeRate ?? 0) || (b.t.rate ?? 0) - (a.t.rate ?? 0) || a.name.localeCompare(b.name, 'zh-CN'));
  let rank = 0;
  return rows.map((x, i) => {
    const prev = rows[i - 1];
    if (!prev || prev.t.onTimeRate !== x.t.onTimeRate || prev.t.rate !== x.t.rate) rank = i + 1;
    return {
      cells: { rank, unit: x.name, expected: x.t.expected, received: x.t.received, onTime: x.t.onTime, late: x.t.late, missing: x.t.missing, rate: pct(x.t.rate), onTimeRate: pct(x.t.onTimeRate) },
      alert: x.t.missing > 0 ? ['missing'] : undefined,
    };
  });
}
