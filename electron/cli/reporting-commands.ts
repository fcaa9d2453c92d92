// `status` and `submit`: the reporting regime from a terminal. Both go through dispatch, so the
// states, rates and refusals are the ones the screens show.
import type { AppCore } from '../core/app-core';
import { dispatch } from '../core/dispatch';
import { rateText as pct, stateLabels, type PeriodStatusDto, type SubmissionDto } from '../shared/reporting';
import { fail } from './ledger-commands';

type Io = { out: (s: string) => void; err: (s: string) => void };

function required(options: Map<string, string>, names: Record<string, string>, io: Io): boolean {
  for (const [name, what] of Object.entries(names)) {
    if (!options.get(name)) {
      fail(io, `请用 --${name} 指定${what}。`);
      return false;
    }
  }
  return true;
}

export function statusCommand(core: AppCore, options: Map<string, string>, json: boolean, io: Io): number {
  if (!required(options, { plan: '方案（如 banan-2017）', period: '报送期（2017-09-05、2017-W40 或 2017-10）' }, io)) return 2;
  const result = dispatch(core.handlers, 'reporting:status', { planId: options.get('plan'), period: options.get('period'), asOf: options.get('as-of') });
  if (!result.ok) return fail(io, result.error.message);
  const s = result.value as PeriodStatusDto;
  const line = {
    period: s.period.code, frequency: s.period.kind, expected: s.expected, received: s.received, onTime: s.onTime, late: s.late,
    missing: s.missingUnits.map((u) => u.name), rate: s.rate, onTimeRate: s.onTimeRate,
  };
  if (json) io.out(`${JSON.stringify(line, null, 2)}\n`);
  else {
    io.out(`${s.period.label}（${s.period.phase}）${s.period.needsReport ? `，报送时限 ${s.period.dueAt.replace('T', ' ')}` : `，不需报送（${s.period.reason ?? ''}）`}\n`);
    io.out(`应报 ${s.expected}，实报 ${s.received}（按时 ${s.onTime}，迟报 ${s.late}），未报 ${s.missing}${s.pending ? `，未到时限 ${s.pending}` : ''}；报送率 ${pct(s.rate)}，及时率 ${pct(s.onTimeRate)}\n`);
    if (line.missing.length) io.out(`未报：${line.missing.join('、')}\n`);
  }
  if (s.notice) io.err(`注意：${s.notice}\n`);
  return 0;
}

export function submitCommand(core: AppCore, options: Map<string, string>, io: Io): number {
  if (!required(options, { plan: '方案', unit: '报送单位', period: '报送期', values: '填报内容（JSON）' }, io)) return 2;
  let values: unknown;
  try {
    values = JSON.parse(options.get('values')!);
  } catch {
    return fail(io, `--values 不是有效的 JSON，例如 '{"医疗收入":120.5,"药品收入":36.2}'。`);
  }
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return fail(io, '--values 应为以填报项名称为键的对象。');
  const result = dispatch(core.handlers, 'reporting:submit', {
    planId: options.get('plan'), reporterName: options.get('unit'), period: options.get('period'), values, receivedAt: options.get('received-at'),
  });
  if (!result.ok) return fail(io, result.error.message);
  const s = result.value as SubmissionDto;
  const shown = s.form.fields.filter((f) => s.values[f.id]).map((f) => `${f.label} ${s.values[f.id]!.num ?? s.values[f.id]!.text}${f.unitLabel ?? ''}`);
  io.out(`已录入：${s.reporter.name} ${s.period.label}，收到时间 ${s.receivedAt!.replace('T', ' ')}，${stateLabels[s.state]}\n${shown.join('；')}\n`);
  return 0;
}
