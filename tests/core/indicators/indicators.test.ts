// Indicators from reported figures: the district value is the ratio of the sums, never the mean
// of the hospitals' ratios; targets judged at their boundary; entered values for yubei-2022;
// trends; incidents; the weekly summary; today's panel.
import { describe, expect, it } from 'vitest';
import { districtFigures, evaluate, formulaText, judge, targetFor, type Formula } from '../../../electron/core/indicators/formula';
import type { IndicatorsDto, IncidentDto, ReportingTodayDto, SummaryDto, TrendDto } from '../../../electron/shared/reporting';
import { useSeededCore } from '../../helpers/core';

const { core, value, refused } = useSeededCore('indicators');
const plan = 'banan-2017';
const submit = (unit: string, period: string, values: Record<string, number | string>) =>
  value('reporting:submit', { planId: plan, reporterName: unit, period, receivedAt: `${period.length === 10 ? period : '2017-10-13'} 10:00`, values });
const row = (dto: IndicatorsDto, name: string) => dto.rows.find((r) => r.name === name)!;

describe('the formula engine', () => {
  const share: Formula = { scale: 100, terms: [{ elementId: 2, name: '药品收入', role: 'numerator', sign: 1 }, { elementId: 1, name: '医疗收入', role: 'denominator', sign: 1 }] };
  const material: Formula = { scale: 100, terms: [
    { elementId: 3, name: '卫生材料收入', role: 'numerator', sign: 1 }, { elementId: 1, name: '医疗收入', role: 'denominator', sign: 1 }, { elementId: 2, name: '药品收入', role: 'denominator', sign: -1 },
  ] };
  it('computes a ratio, and null for a missing figure or a zero denominator', () => {
    expect(evaluate(share, new Map([[1, 200], [2, 66]]))).toBeCloseTo(33);
    expect(evaluate(share, new Map([[1, 200]]))).toBeNull();
    expect(evaluate(share, new Map([[1, 0], [2, 0]]))).toBeNull();
    expect(evaluate(material, new Map([[1, 100], [2, 30], [3, 14]]))).toBeCloseTo(20);
  });
  it('sums only hospitals with every figure the formula needs', () => {
    const d = districtFigures(share, [new Map([[1, 100], [2, 30]]), new Map([[1, 50]]), new Map([[1, 100], [2, 40]])]);
    expect([...d.entries()].sort()).toEqual([[1, 200], [2, 70]]);
  });
  it('writes the formula in words', () => {
    expect(formulaText(share)).toBe('药品收入 ÷ 医疗收入 × 100');
    expect(formulaText(material)).toBe('卫生材料收入 ÷ (医疗收入 − 药品收入) × 100');
  });
  it.each([
    [29.99, '<', 'met'], [30, '<', 'notMet'], [30, '<=', 'met'], [80, null, 'met'], [79.9, null, 'notMet'],
  ] as const)('%f against %s 30 (or higher-is-better 80) is %s', (v, comparator, expected) => {
    const target = { year: 2017, value: comparator ? 30 : 80, comparator, text: '' };
    expect(judge(v, target, comparator ? 'lower' : 'higher')).toBe(expected);
  });
  it('judges against the first target year not before the value, else the last', () => {
    const ts = [{ year: 2023, value: 1, comparator: null, text: '' }, { year: 2025, value: 2, comparator: null, text: '' }];
    expect(targetFor(ts, 2022)!.year).toBe(2023);
    expect(targetFor(ts, 2024)!.year).toBe(2025);
    expect(targetFor(ts, 2030)!.year).toBe(2025);
  });
});

describe('banan-2017 on 2017-09-05', () => {
  it('the district 药占比 equals the ratio of the sums, not the mean of the ratios', () => {
    submit('巴南区人民医院', '2017-09-05', { 医疗收入: 120, 药品收入: 36, 卫生材料收入: 15, '医疗收入（上年同期）': 110 });
    submit('巴南区中医院', '2017-09-05', { 医疗收入: 80, 药品收入: 30, 卫生材料收入: 9, '医疗收入（上年同期）': 70 });
    const dto = value<IndicatorsDto>('indicators:compute', { planId: plan, period: '2017-09-05' });
    const share = row(dto, '药占比');
    expect(share.district.value).toBeCloseTo((66 / 200) * 100);
    expect(share.district.value).not.toBeCloseTo((30 + 37.5) / 2);
    expect(share.district.judgement).toBe('notMet');
    expect(share.byUnit.find((u) => u.name === '巴南区人民医院')).toMatchObject({ value: 30, judgement: 'notMet' });
    expect(share.byUnit.find((u) => u.name === '巴南区第二人民医院')).toMatchObject({ value: null, judgement: 'noData' });
    expect(share.byUnit).toHaveLength(10);
    expect(row(dto, '百元医疗收入中消耗的卫生材料').district.value).toBeCloseTo((24 / (200 - 66)) * 100);
    expect(row(dto, '医疗费用增长幅度').district.value).toBeCloseTo(((200 - 180) / 180) * 100);
    expect(row(dto, '医疗费用增长幅度').formula).toBe('(医疗收入 − 医疗收入（上年同期）) ÷ 医疗收入（上年同期） × 100');
  });

  it('draws a trend per hospital and for the district, one point per reporting day', () => {
    submit('巴南区人民医院', '2017-09-04', { 医疗收入: 100, 药品收入: 28, 卫生材料收入: 12 });
    const id = core().db.prepare("SELECT id FROM indicators WHERE plan_id = ? AND name = '药占比'").pluck().get(plan);
    const t = value<TrendDto>('indicators:trend', { planId: plan, indicatorId: id, from: '2017-09-01', to: '2017-09-07' });
    expect(t.periods.map((p) => p.code)).toEqual(['2017-09-01', '2017-09-04', '2017-09-05', '2017-09-06', '2017-09-07']);
    expect(t.series).toHaveLength(11);
    const district = t.series.at(-1)!;
    expect(district.name).toBe('全区');
    expect(district.values[1]).toBeCloseTo(28);
    expect(district.values[2]).toBeCloseTo(33);
    expect(district.values[0]).toBeNull();
    expect(t.target?.value).toBe(30);
  });
});

describe('entered indicators (yubei-2022)', () => {
  it('judges an entered value against the 2023 target', () => {
    const id = core().db.prepare("SELECT id FROM indicators WHERE plan_id = 'yubei-2022' AND name = '平均住院日'").pluck().get();
    const dto = value<IndicatorsDto>('indicators:setValue', { indicatorId: id, asOf: '2022-12-31', value: 10.2 });
    expect(row(dto, '平均住院日').district).toEqual({ value: 10.2, judgement: 'notMet' });
    expect(row(dto, '平均住院日').target?.year).toBe(2023);
    value('indicators:setValue', { indicatorId: id, asOf: '2023-06-30', value: 9.4 });
    const later = value<IndicatorsDto>('indicators:compute', { planId: 'yubei-2022', from: '2023-01-01', to: '2023-12-31' });
    expect(row(later, '平均住院日').district).toEqual({ value: 9.4, judgement: 'met' });
  });
  it('refuses to enter a value for a computed indicator', () => {
    const id = core().db.prepare("SELECT id FROM indicators WHERE plan_id = ? AND name = '药占比'").pluck().get(plan);
    refused('indicators:setValue', { indicatorId: id, asOf: '2017-09-05', value: 20 }, 'not_entered', /由报送数据计算/);
  });
});

describe('incidents, the weekly summary and today', () => {
  it('logs an incident, closes it and opens it again', () => {
    const i = value<IncidentDto>('incidents:create', { planId: plan, category: 'complaint', severity: 'major', title: '患者投诉挂号费上涨', receivedAt: '2017-09-05 09:30' });
    expect(i).toMatchObject({ receivedAt: '2017-09-05T09:30:00', closedAt: null, category: 'complaint' });
    expect(value<IncidentDto[]>('incidents:list', { open: true }).map((x) => x.id)).toContain(i.id);
    value('incidents:update', { incidentId: i.id, closed: true, actions: '已向患者解释政策' });
    expect(value<IncidentDto[]>('incidents:list', { open: true }).map((x) => x.id)).not.toContain(i.id);
    refused('incidents:create', { category: 'other', severity: 'general', title: 'x', receivedAt: '2099-01-01 00:00' }, 'invalid_input', /不能晚于现在/);
  });

  it('compiles the summary of 9月5日 with completeness, the district 药占比, an overdue task and the narratives', () => {
    const s = value<SummaryDto>('summary:compile', { planId: plan, period: '2017-09-05' });
    expect(s.status).toMatchObject({ expected: 25, received: 2 });
    expect(s.text).toContain('本期应报 25 家，实报 2 家');
    expect(s.text).toContain('全区药占比33.00%');
    expect(s.tasks.overdue.length).toBeGreaterThan(0);
    expect(s.text).toContain('逾期未完成');
    expect(s.text).toContain('患者投诉挂号费上涨');
    const edited = value<SummaryDto>('summary:save', { planId: plan, period: '2017-09-05', text: '改过的正文' });
    expect(edited).toMatchObject({ text: '改过的正文', edited: true });
    const sent = value<SummaryDto>('summary:markSent', { planId: plan, period: '2017-09-05', to: '区政府', sentAt: '2017-09-06 09:00' });
    expect(sent.sends).toEqual([expect.objectContaining({ to: '区政府', at: '2017-09-06T09:00:00' })]);
    expect(value<SummaryDto>('summary:save', { planId: plan, period: '2017-09-05', text: '' })).toMatchObject({ edited: false });
  });

  it("today's panel on 2017-09-05: the period, who is missing with the 催报 text, indicators off target", () => {
    const t = value<ReportingTodayDto>('reporting:today', { asOf: '2017-09-05' });
    const banan = t.plans.find((p) => p.planId === plan)!;
    expect(banan.tally).toMatchObject({ expected: 25, received: 2 });
    expect(banan.missing).toHaveLength(23);
    expect(banan.reminderText.split('\n')).toHaveLength(23);
    expect(t.offTarget.some((o) => o.name === '药占比' && o.where === '全区')).toBe(true);
  });
});

describe('a new indicator', () => {
  it('is numbered after the plan’s own indicators and computed from its terms', () => {
    const el = (code: string) => core().db.prepare('SELECT id FROM data_elements WHERE code = ?').pluck().get(code);
    const before = core().db.prepare("SELECT COUNT(*) FROM indicators WHERE plan_id = 'banan-2017'").pluck().get() as number;
    const created = value<{ code: string; name: string }>('indicators:create', {
      planId: plan, name: '卫生材料占比', unitLabel: '%', direction: 'lower', scale: 100,
      numerator: [{ elementId: el('revenue_material') }], denominator: [{ elementId: el('revenue_medical') }],
    });
    expect(created).toMatchObject({ code: String(before + 1), name: '卫生材料占比' });
  });
});
