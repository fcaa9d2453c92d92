// What the reporting regime, submissions, 催报, incidents, indicators and the weekly summary
// carry between core and screens. Words follow GLOSSARY.md: period (报送期), submission (报送),
// expected / received / onTime / late / missing (应报 / 实报 / 按时 / 迟报 / 未报).
import type { Frequency } from './dto';

export type ExemptMode = 'none' | 'weekends' | 'official';
export type SubmissionState = 'onTime' | 'late' | 'missing' | 'pending' | 'notDue';

export const exemptModeLabels: Record<ExemptMode, string> = { none: '每天都报', weekends: '周末不报', official: '按法定节假日（含调休）' };
export const frequencyLabels: Record<Frequency, string> = { daily: '日报', weekly: '周报', monthly: '月报' };
export const stateLabels: Record<SubmissionState, string> = { onTime: '按时', late: '迟报', missing: '未报', pending: '未到时限', notDue: '不需报送' };
/** 报送率 and 及时率 as the office writes them: 8.0%; `none` where nothing was expected. */
export const rateText = (r: number | null, none = '—'): string => (r === null ? none : `${(r * 100).toFixed(1)}%`);
export const weekdayLabels = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export type PhaseDto = {
  id: number;
  name: string;
  frequency: Frequency;
  startOn: string;
  endOn: string | null;
  /** 'HH:MM' office time */
  dueTime: string;
  /** weekly: 1 = Monday … 7 = Sunday */
  dueWeekday: number;
  weekStart: number;
  exemptMode: ExemptMode;
  text: string | null;
};

export type FormFieldDto = {
  id: number;
  kind: 'figure' | 'narrative';
  label: string;
  /** figures only: the data element behind the field (its code names it in formulas and the CLI) */
  elementId: number | null;
  elementCode: string | null;
  unitLabel: string | null;
  min: number | null;
  max: number | null;
  required: boolean;
  help: string | null;
};
export type FormDto = { id: number; name: string; fields: FormFieldDto[] };

export type ReporterDto = {
  id: number;
  kind: 'unit' | 'group';
  name: string;
  unitId: number | null;
  groupId: number | null;
  formId: number | null;
  formName: string | null;
  /** who receives its report besides the office (banan's hospitals: 区卫生计生委) */
  recipients: { unitId: number; name: string }[];
  /** a phone to chase it on: the unit's or group leader's roster phone, when known */
  contact: string | null;
};

export type DayOverrideDto = { day: string; kind: 'off' | 'on'; reason: string | null };

export type RegimeSetupDto = {
  regimeId: number;
  planId: string;
  name: string;
  startOn: string;
  recipient: string | null;
  incidentRule: string | null;
  phases: PhaseDto[];
  reporters: ReporterDto[];
  forms: FormDto[];
  overrides: DayOverrideDto[];
  /** the years the bundled holiday data covers, for the help text */
  officialYears: { first: number; last: number };
};

export type PeriodDto = {
  kind: Frequency;
  start: string;
  end: string;
  /** '2017-09-05', '2017-W40' or '2017-10' */
  code: string;
  label: string;
  /** office time 'YYYY-MM-DDTHH:MM:SS'; a report at that second is on time */
  dueAt: string;
  phase: string;
  needsReport: boolean;
  reason: string | null;
};

export type Tally = {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  /** expected but not yet past the due time */
  pending: number;
  /** received / expected, 0…1, null when nothing was expected */
  rate: number | null;
  onTimeRate: number | null;
};

export type MatrixCell = { state: SubmissionState; receivedAt: string | null; submissionId: number | null; reminders: number };

export type MatrixDto = {
  planId: string;
  from: string;
  to: string;
  /** the office time the states are judged at */
  moment: string;
  periods: PeriodDto[];
  reporters: ReporterDto[];
  /** cells[reporterIndex][periodIndex] */
  cells: MatrixCell[][];
  byPeriod: Tally[];
  byReporter: Tally[];
  total: Tally;
  /** e.g. the holiday data does not cover a year in the range */
  notice: string | null;
};

export type PeriodStatusDto = Tally & {
  period: PeriodDto;
  moment: string;
  missingUnits: { reporterId: number; name: string }[];
  pendingUnits: { reporterId: number; name: string }[];
  notice: string | null;
};

export type SubmissionValue = { num: number | null; text: string | null; comment: string | null };

export type SubmissionDto = {
  id: number | null;
  planId: string;
  reporter: ReporterDto;
  period: PeriodDto;
  form: FormDto;
  /** by field id */
  values: Record<number, SubmissionValue>;
  receivedAt: string | null;
  note: string | null;
  state: SubmissionState;
};

export type ReminderDto = {
  reporterId: number;
  name: string;
  contact: string | null;
  /** ready to paste: 请巴南区人民医院于9月5日17:00前报送9月5日改革运行信息日报。 */
  text: string;
  sent: { at: string; actor: string }[];
};

export type RemindersDto = { period: PeriodDto; moment: string; items: ReminderDto[]; allText: string };

export type IncidentCategory = 'opinion' | 'complaint' | 'safety' | 'outage' | 'other';
export type IncidentSeverity = 'general' | 'major' | 'critical';
export const incidentCategoryLabels: Record<IncidentCategory, string> = {
  opinion: '舆情', complaint: '投诉', safety: '安全', outage: '系统故障', other: '其他',
};
export const incidentSeverityLabels: Record<IncidentSeverity, string> = { general: '一般', major: '较大', critical: '重大' };

export type IncidentDto = {
  id: number;
  planId: string | null;
  unitId: number | null;
  unitName: string | null;
  /** office time the report reached the office */
  receivedAt: string;
  occurredAt: string | null;
  category: IncidentCategory;
  severity: IncidentSeverity;
  title: string;
  body: string | null;
  actions: string | null;
  closedAt: string | null;
};

export type Judgement = 'met' | 'notMet' | 'noTarget' | 'noData';
export const judgementLabels: Record<Judgement, string> = { met: '达标', notMet: '未达标', noTarget: '无目标', noData: '无数据' };

export type TargetDto = { year: number; value: number | null; comparator: string | null; text: string };
export type JudgedValue = { value: number | null; judgement: Judgement };

export type IndicatorRowDto = {
  indicatorId: number;
  code: string;
  category: string | null;
  name: string;
  unitLabel: string | null;
  direction: 'higher' | 'lower' | 'none';
  /** the formula in words (药品收入 ÷ 医疗收入 × 100), null for an entered indicator */
  formula: string | null;
  baseline: { year: number | null; text: string | null; value: number | null };
  /** the target the values are judged against (the first target year not before the period) */
  target: TargetDto | null;
  targets: TargetDto[];
  district: JudgedValue;
  byUnit: ({ unitId: number; name: string } & JudgedValue)[];
};

export type IndicatorsDto = { planId: string; from: string; to: string; label: string; rows: IndicatorRowDto[] };

export type TrendDto = {
  indicatorId: number;
  name: string;
  unitLabel: string | null;
  target: TargetDto | null;
  periods: { code: string; label: string; start: string; end: string }[];
  /** unitId null: the district, from summed parts */
  series: { unitId: number | null; name: string; values: (number | null)[] }[];
};

export type DataElementDto = { id: number; code: string; name: string; unitLabel: string | null; min: number | null; max: number | null; note: string | null };

export type SummaryDto = {
  planId: string;
  period: PeriodDto;
  status: PeriodStatusDto;
  /** each reporter's state for the period */
  rows: { reporterId: number; name: string; state: SubmissionState; receivedAt: string | null }[];
  indicators: IndicatorsDto;
  tasks: {
    changed: { taskId: number; code: string; title: string; status: string; on: string; body: string }[];
    overdue: { taskId: number; code: string; title: string; due: string; lead: string }[];
  };
  incidents: IncidentDto[];
  narratives: { reporterId: number; name: string; fields: { label: string; text: string }[] }[];
  /** the text the clerk edited before export, or the compiled text when never edited */
  text: string;
  edited: boolean;
  updatedAt: string | null;
  sends: { at: string; to: string; note: string | null; actor: string }[];
};

export type ReportingTodayDto = {
  asOf: string;
  moment: string;
  plans: {
    planId: string;
    planTitle: string;
    period: PeriodDto | null;
    tally: Tally | null;
    missing: { reporterId: number; name: string }[];
    reminderText: string;
  }[];
  openIncidents: IncidentDto[];
  offTarget: { planId: string; indicatorId: number; name: string; where: string; value: number; target: string }[];
};
