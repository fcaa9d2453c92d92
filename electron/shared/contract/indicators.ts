// Indicators computed from reported figures (formulas are data), entered values, trends, and
// the incident register (专报).
import { z } from 'zod';
import type { IndicatorDto } from '../dto';
import type { DataElementDto, IncidentDto, IndicatorsDto, TrendDto } from '../reporting';
import { id, isoDate, optionalText, planId, returns, stamp, text } from './common';
import { periodName } from './reporting';

const indicatorId = id('指标');
const incidentId = id('专报');
const terms = (what: string) =>
  z.array(z.strictObject({ elementId: id('数据项'), sign: z.union([z.literal(1), z.literal(-1)]).optional() }))
    .min(1, `${what}至少要有一项`).max(10, `${what}最多 10 项`);
const category = z.enum(['opinion', 'complaint', 'safety', 'outage', 'other'], { error: '类别应为 舆情、投诉、安全、系统故障 或 其他' });
const severity = z.enum(['general', 'major', 'critical'], { error: '等级应为 一般、较大 或 重大' });

export const indicatorsContract = {
  /** Each indicator per hospital and for the district over a period (or a date range), judged against its target. */
  'indicators:compute': {
    input: z.strictObject({ planId, period: periodName.optional(), from: isoDate.optional(), to: isoDate.optional() }),
    result: returns<IndicatorsDto>(),
  },
  'indicators:trend': { input: z.strictObject({ planId, indicatorId, from: isoDate, to: isoDate }), result: returns<TrendDto>() },
  'indicators:elements': { input: z.strictObject({}), result: returns<DataElementDto[]>() },
  /** An entered value (an indicator no form computes, such as yubei's 28); unitId null: the whole district. */
  'indicators:setValue': {
    input: z.strictObject({
      indicatorId, unitId: id('单位').nullable().optional(), asOf: isoDate,
      value: z.number({ error: '指标值应为数字' }).finite('指标值应为数字').nullable(), note: optionalText('说明', 200),
    }),
    result: returns<IndicatorsDto>(),
  },
  /** A new indicator computed as Σ numerator ÷ Σ denominator × scale from existing data elements. */
  'indicators:create': {
    input: z.strictObject({
      planId,
      name: text('指标名称', 60),
      category: optionalText('一级指标', 40),
      unitLabel: optionalText('单位', 10),
      direction: z.enum(['higher', 'lower', 'none']),
      numerator: terms('分子'),
      denominator: terms('分母'),
      scale: z.number().finite().positive('倍数应大于 0').optional(),
      target: z.strictObject({ year: z.number().int().min(2000).max(2100), value: z.number().finite() }).optional(),
    }),
    result: returns<IndicatorDto>(),
  },
  'incidents:list': { input: z.strictObject({ planId: planId.optional(), open: z.boolean().optional() }), result: returns<IncidentDto[]>() },
  'incidents:create': {
    input: z.strictObject({
      planId: planId.nullable().optional(),
      unitId: id('单位').nullable().optional(),
      receivedAt: stamp.optional(),
      occurredAt: stamp.nullable().optional(),
      category,
      severity,
      title: text('事件标题', 100),
      body: optionalText('事件经过', 5000),
      actions: optionalText('处置措施', 5000),
    }),
    result: returns<IncidentDto>(),
  },
  'incidents:update': {
    input: z.strictObject({
      incidentId,
      category: category.optional(),
      severity: severity.optional(),
      title: text('事件标题', 100).optional(),
      body: optionalText('事件经过', 5000),
      actions: optionalText('处置措施', 5000),
      /** true closes it now (办结), false opens it again */
      closed: z.boolean().optional(),
    }),
    result: returns<IncidentDto>(),
  },
} as const;
