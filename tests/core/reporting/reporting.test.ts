// The reporting regime on banan-2017 as it stood in its launch phase: who was expected on
// 2017-09-05, who reported when, the rates, 催报, corrections and every refusal changing nothing.
import { describe, expect, it } from 'vitest';
import type { MatrixDto, PeriodStatusDto, RegimeSetupDto, RemindersDto, SubmissionDto } from '../../../electron/shared/reporting';
import { useSeededCore } from '../../helpers/core';

const { core, value, refused } = useSeededCore('reporting');
const plan = 'banan-2017';
const submit = (unit: string, receivedAt: string, values: Record<string, number | string | null>, extra: Record<string, unknown> = {}) =>
  value<SubmissionDto>('reporting:submit', { planId: plan, reporterName: unit, period: '2017-09-05', receivedAt, values, ...extra });
const status = (period: string) => value<PeriodStatusDto>('reporting:status', { planId: plan, period });

describe('the regime as set up for banan-2017', () => {
  it('has the 10 hospitals on the hospital form, reporting also to 区卫生计生委, and the 15 groups on the progress form', () => {
    const setup = value<RegimeSetupDto>('reporting:setup', { planId: plan });
    expect(setup.reporters).toHaveLength(25);
    const hospitals = setup.reporters.filter((r) => r.formName === '医院运行信息报表');
    expect(hospitals).toHaveLength(10);
    expect(hospitals.every((h) => h.recipients.map((x) => x.name).join() === '区卫生计生委')).toBe(true);
    expect(setup.reporters.filter((r) => r.kind === 'group' && r.formName === '工作组工作进展')).toHaveLength(15);
    const form = setup.forms.find((f) => f.name === '医院运行信息报表')!;
    expect(form.fields.filter((f) => f.required).map((f) => f.label)).toEqual(['医疗收入', '药品收入', '卫生材料收入']);
    expect(form.fields.find((f) => f.label === '药品收入')!.help).toContain('不含中药饮片');
    expect(setup.phases.map((p) => [p.name, p.frequency, p.dueTime, p.exemptMode])).toEqual([
      ['启动阶段', 'daily', '17:00', 'official'], ['第2个月起', 'weekly', '12:00', 'official'],
    ]);
  });

  it('is not set up twice when the core starts again', () => {
    const n = core().db.prepare('SELECT COUNT(*) FROM report_forms').pluck().get();
    expect(n).toBe(2);
  });
});

describe('2017-09-05', () => {
  it('expects 25 reports and, with nothing in, lists all 25 as missing', () => {
    const s = status('2017-09-05');
    expect(s).toMatchObject({ expected: 25, received: 0, missing: 25, rate: 0, onTimeRate: 0 });
    expect(s.period).toMatchObject({ kind: 'daily', dueAt: '2017-09-05T17:00:00' });
  });

  it('counts a report at 16:30 and one at 17:00:00 on time, one at 17:00:01 late', () => {
    expect(submit('巴南区人民医院', '2017-09-05 16:30', { 医疗收入: 120, 药品收入: 36, 卫生材料收入: 15, 工作进展: '运行平稳' }).state).toBe('onTime');
    expect(submit('巴南区中医院', '2017-09-05 17:00:00', { revenue_medical: 80, revenue_drug: 30, revenue_material: 9 }).state).toBe('onTime');
    expect(submit('巴南区第二人民医院', '2017-09-05 17:00:01', { 医疗收入: 50, 药品收入: 20, 卫生材料收入: 6 }).state).toBe('late');
    expect(value<SubmissionDto>('reporting:submit', { planId: plan, reporterName: '医保工作组', period: '2017-09-05', receivedAt: '2017-09-05 15:00', values: { 工作进展: '完成医保系统切换' } }).state).toBe('onTime');
    const s = status('2017-09-05');
    expect(s).toMatchObject({ expected: 25, received: 4, onTime: 3, late: 1, missing: 21 });
    expect(s.rate).toBeCloseTo(4 / 25);
    expect(s.onTimeRate).toBeCloseTo(3 / 25);
    expect(s.missingUnits.map((u) => u.name)).not.toContain('巴南区人民医院');
    expect(s.missingUnits.map((u) => u.name)).toContain('重庆市第七人民医院');
  });

  it('lists the 21 still missing for 催报 with the text to paste, and logs the reminders sent', () => {
    const r = value<RemindersDto>('reporting:reminders', { planId: plan, period: '2017-09-05' });
    expect(r.items).toHaveLength(21);
    expect(r.items[0]!.text).toBe('请重庆市第七人民医院尽快补报9月5日改革运行信息日报（报送时限为9月5日17:00）。');
    expect(r.allText.split('\n')).toHaveLength(21);
    const logged = value<RemindersDto>('reporting:logReminders', { planId: plan, period: '2017-09-05', reporterIds: [r.items[0]!.reporterId] });
    expect(logged.items[0]!.sent).toHaveLength(1);
    const m = value<MatrixDto>('reporting:matrix', { planId: plan, from: '2017-09-05', to: '2017-09-05' });
    expect(m.cells[0]![0]!.reminders).toBe(1);
  });

  it('words a reminder before the due time as a request by the due time', async () => {
    const { reminderText } = await import('../../../electron/core/reporting/reminders');
    const { findPeriod } = await import('../../../electron/core/reporting/periods');
    const { makeCalendar } = await import('../../../electron/core/reporting/calendar');
    const rules = [{ name: '启动阶段', frequency: 'daily' as const, startOn: '2017-09-01', endOn: '2017-09-30', dueTime: '17:00', dueWeekday: 5, weekStart: 1 },
      { name: '第2个月起', frequency: 'weekly' as const, startOn: '2017-10-01', endOn: null, dueTime: '12:00', dueWeekday: 5, weekStart: 1 }];
    expect(reminderText('巴南区人民医院', findPeriod(rules, makeCalendar('official'), '2017-09-05'), false)).toBe('请巴南区人民医院于9月5日17:00前报送9月5日改革运行信息日报。');
    expect(reminderText('巴南区人民医院', findPeriod(rules, makeCalendar('official'), '2017-W41'), false)).toBe('请巴南区人民医院于10月13日12:00前报送第41周（10月9日至10月15日）改革运行信息周报。');
  });

  it('a correction replaces the values and the audit log keeps the earlier ones', () => {
    submit('巴南区人民医院', '2017-09-05 16:30', { 医疗收入: 125, 药品收入: 36, 卫生材料收入: 15 });
    const audit = core().db.prepare("SELECT action, before_json, after_json FROM audit_log WHERE entity = 'submission' ORDER BY id DESC LIMIT 1").get() as { action: string; before_json: string; after_json: string };
    expect(audit.action).toBe('update');
    expect(JSON.parse(audit.before_json).values.医疗收入).toBe(120);
    expect(JSON.parse(audit.after_json).values.医疗收入).toBe(125);
    expect(status('2017-09-05').received).toBe(4);
  });

  it('a district matrix over the first week: Saturday and Sunday need no report', () => {
    const m = value<MatrixDto>('reporting:matrix', { planId: plan, from: '2017-09-01', to: '2017-09-07' });
    expect(m.periods.map((p) => p.needsReport)).toEqual([true, false, false, true, true, true, true]);
    expect(m.total.expected).toBe(5 * 25);
    expect(m.byPeriod[4]!.received).toBe(4);
  });
});

describe('refusals change nothing', () => {
  const hospital = '巴南区皮肤病防治院';
  it.each([
    ['a required figure missing', { 医疗收入: 10, 药品收入: 3 }, {}, /请填写卫生材料收入/],
    ['药品收入 above 医疗收入', { 医疗收入: 10, 药品收入: 13, 卫生材料收入: 1 }, {}, /药品收入（13）不能大于医疗收入（10）/],
    ['a figure out of bounds without a comment', { 医疗收入: 200000, 药品收入: 3, 卫生材料收入: 1 }, {}, /超出合理范围/],
    ['a word where a number belongs', { 医疗收入: '很多', 药品收入: 3, 卫生材料收入: 1 }, {}, /医疗收入：“很多”不是确切的数/],
    ['a field the form does not have', { 医疗收入: 10, 药品收入: 3, 卫生材料收入: 1, 床位数: 5 }, {}, /“床位数”不在本报表中/],
    ['a received time in the future', { 医疗收入: 10, 药品收入: 3, 卫生材料收入: 1 }, { receivedAt: '2099-01-01 10:00' }, /不能晚于现在/],
    ['a received time that is no time', { 医疗收入: 10, 药品收入: 3, 卫生材料收入: 1 }, { receivedAt: '9月5日下午' }, /无法识别/],
  ])('%s', (_what, values, extra, message) => {
    refused('reporting:submit', { planId: plan, reporterName: hospital, period: '2017-09-05', receivedAt: '2017-09-05 10:00', values, ...extra }, 'invalid_input', message);
  });

  it('a day that needs no report (国庆节) and a unit that does not report', () => {
    refused('reporting:submit', { planId: plan, reporterName: hospital, period: '2017-10-03', values: {} }, 'not_due', /不需报送（国庆节/);
    refused('reporting:submit', { planId: plan, reporterName: '区财政局', period: '2017-09-05', values: {} }, 'not_found', /不是本报送制度的报送单位/);
  });

  it('a figure out of bounds is taken with a comment', () => {
    const s = submit(hospital, '2017-09-05 11:00', { 医疗收入: 200000, 药品收入: 3, 卫生材料收入: 1 }, { comments: { 医疗收入: '含年度结算' } });
    expect(Object.values(s.values).some((v) => v.comment === '含年度结算')).toBe(true);
  });

  it('removing a reporter with submissions is refused', () => {
    const setup = value<RegimeSetupDto>('reporting:setup', { planId: plan });
    const r = setup.reporters.find((x) => x.name === '巴南区人民医院')!;
    refused('reporting:removeReporter', { reporterId: r.id }, 'conflict', /已有 1 份报送记录/);
  });

  it('overlapping phases are refused', () => {
    const setup = value<RegimeSetupDto>('reporting:setup', { planId: plan });
    refused('reporting:addPhase', { regimeId: setup.regimeId, name: '重叠', frequency: 'daily', startOn: '2017-09-20', endOn: '2017-10-10' }, 'conflict', /日期重叠/);
  });
});

describe('editing the regime', () => {
  it('a hand-set working day turns a 国庆 day into a day that needs reports, and back', () => {
    const setup = value<RegimeSetupDto>('reporting:setup', { planId: plan });
    value('reporting:updatePhase', { phaseId: setup.phases[1]!.id, frequency: 'daily', dueTime: '18:00' });
    value('reporting:setDay', { regimeId: setup.regimeId, day: '2017-10-03', kind: 'on', reason: '改革首月值班' });
    expect(status('2017-10-03')).toMatchObject({ expected: 25 });
    expect(status('2017-10-03').period.dueAt).toBe('2017-10-03T18:00:00');
    value('reporting:setDay', { regimeId: setup.regimeId, day: '2017-10-03', kind: null });
    expect(status('2017-10-03')).toMatchObject({ expected: 0 });
    value('reporting:updatePhase', { phaseId: setup.phases[1]!.id, frequency: 'weekly', dueTime: '12:00' });
  });

  it('adds a figure to the hospital form, with its own data element and bounds', () => {
    const setup = value<RegimeSetupDto>('reporting:setup', { planId: plan });
    const form = setup.forms.find((f) => f.name === '医院运行信息报表')!;
    const after = value<RegimeSetupDto>('reporting:addField', { formId: form.id, kind: 'figure', label: '床位使用率', unitLabel: '%', min: 0, max: 150 });
    const field = after.forms.find((f) => f.id === form.id)!.fields.at(-1)!;
    expect(field).toMatchObject({ label: '床位使用率', kind: 'figure', min: 0, max: 150, unitLabel: '%' });
    expect(field.elementCode).toMatch(/^custom_\d+$/);
  });
});
