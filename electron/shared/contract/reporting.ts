// The reporting area: the regime (phases, no-report days, reporters, forms), submissions, the
// completeness matrix, the status of one period, 催报, and today's panel on the dashboard.
import { z } from 'zod';
import type {
  MatrixDto, PeriodStatusDto, RegimeSetupDto, RemindersDto, ReportingTodayDto, SubmissionDto,
} from '../reporting';
import { id, isoDate, optionalText, planId, returns, stamp, text } from './common';

const regimeId = id('报送制度');
const phaseId = id('报送阶段');
const reporterId = id('报送单位');
const formId = id('报表');
const fieldId = id('填报项');
const frequency = z.enum(['daily', 'weekly', 'monthly'], { error: '报送频次应为 日报、周报 或 月报' });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 时:分，如 17:00');
const weekdayNumber = (what: string) => z.number({ error: `${what}应为周一到周日` }).int().min(1, `${what}应为周一到周日`).max(7, `${what}应为周一到周日`);
const bound = z.number({ error: '上下限应为数字' }).finite('上下限应为数字').nullable().optional();
/** A period as a clerk names it: a day, an ISO week or a month. */
export const periodName = z.string().trim().min(1, '请选择报送期').max(20, '报送期格式应为 2017-09-05、2017-W40 或 2017-10');
/** A received time as typed; core reads it with parseStamp and refuses what is no real time. */

const phaseFields = {
  name: text('阶段名称', 40),
  frequency,
  startOn: isoDate,
  endOn: isoDate.nullable().optional(),
  dueTime: time.optional(),
  dueWeekday: weekdayNumber('周报截止日').optional(),
  weekStart: weekdayNumber('每周第一天').optional(),
  exemptMode: z.enum(['none', 'weekends', 'official'], { error: '不需报送的日子应为 每天都报、周末不报 或 按法定节假日' }).optional(),
};

export const reportingContract = {
  'reporting:setup': { input: z.strictObject({ planId }), result: returns<RegimeSetupDto | null>() },
  'reporting:addPhase': { input: z.strictObject({ regimeId, ...phaseFields }), result: returns<RegimeSetupDto>() },
  'reporting:updatePhase': {
    input: z.strictObject({ phaseId, ...phaseFields, name: text('阶段名称', 40).optional(), frequency: frequency.optional(), startOn: isoDate.optional() }),
    result: returns<RegimeSetupDto>(),
  },
  'reporting:removePhase': { input: z.strictObject({ phaseId }), result: returns<RegimeSetupDto>() },
  /** kind null takes a hand-set day back to what the calendar says. */
  'reporting:setDay': {
    input: z.strictObject({ regimeId, day: isoDate, kind: z.enum(['off', 'on']).nullable(), reason: optionalText('原因', 60) }),
    result: returns<RegimeSetupDto>(),
  },
  'reporting:addReporter': {
    input: z.strictObject({ regimeId, unitId: id('单位').optional(), groupId: id('工作组').optional(), formId }),
    result: returns<RegimeSetupDto>(),
  },
  'reporting:updateReporter': {
    input: z.strictObject({ reporterId, formId: formId.optional(), recipientUnitIds: z.array(id('接收单位')).max(20).optional() }),
    result: returns<RegimeSetupDto>(),
  },
  /** Refused while the reporter has submissions: nothing entered is ever dropped silently. */
  'reporting:removeReporter': { input: z.strictObject({ reporterId }), result: returns<RegimeSetupDto>() },
  'reporting:addField': {
    input: z.strictObject({
      formId,
      kind: z.enum(['figure', 'narrative'], { error: '填报项应为 数据 或 文字' }),
      label: text('填报项名称', 40),
      unitLabel: optionalText('计量单位', 10),
      min: bound,
      max: bound,
      required: z.boolean().optional(),
      help: optionalText('填报说明', 200),
    }),
    result: returns<RegimeSetupDto>(),
  },
  'reporting:updateField': {
    input: z.strictObject({
      fieldId, label: text('填报项名称', 40).optional(), min: bound, max: bound, required: z.boolean().optional(), help: optionalText('填报说明', 200),
    }),
    result: returns<RegimeSetupDto>(),
  },
  'reporting:matrix': {
    input: z.strictObject({ planId, from: isoDate, to: isoDate, asOf: isoDate.optional() }),
    result: returns<MatrixDto>(),
  },
  'reporting:status': { input: z.strictObject({ planId, period: periodName, asOf: isoDate.optional() }), result: returns<PeriodStatusDto>() },
  'reporting:submission': { input: z.strictObject({ planId, reporterId, period: periodName }), result: returns<SubmissionDto>() },
  /**
   * Enters or corrects one report. values are keyed by field label or data element code/name;
   * a correction keeps the earlier values in the audit log. receivedAt defaults to now.
   */
  'reporting:submit': {
    input: z.strictObject({
      planId,
      reporterId: reporterId.optional(),
      reporterName: z.string().trim().max(60).optional(),
      period: periodName,
      values: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
      comments: z.record(z.string(), z.string().trim().max(200, '说明不超过 200 个字')).optional(),
      receivedAt: stamp.optional(),
      note: optionalText('备注', 500),
    }),
    result: returns<SubmissionDto>(),
  },
  'reporting:reminders': { input: z.strictObject({ planId, period: periodName, asOf: isoDate.optional() }), result: returns<RemindersDto>() },
  /** Records that the 催报 text was sent (copied into a message) to these reporters. */
  'reporting:logReminders': {
    input: z.strictObject({ planId, period: periodName, reporterIds: z.array(reporterId).min(1, '请至少选择一个单位').max(500) }),
    result: returns<RemindersDto>(),
  },
  'reporting:today': { input: z.strictObject({ asOf: isoDate.optional() }), result: returns<ReportingTodayDto>() },
} as const;
