// `indicators`: each indicator per hospital and for the district, with target and judgement.
import type { AppCore } from '../core/app-core';
import { dispatch } from '../core/dispatch';
import { judgementLabels, type IndicatorsDto } from '../shared/reporting';
import { fail } from './ledger-commands';

type Io = { out: (s: string) => void; err: (s: string) => void };

const shown = (v: number | null) => (v === null ? '—' : v.toFixed(2));

export function indicatorsCommand(core: AppCore, options: Map<string, string>, json: boolean, io: Io): number {
  if (!options.get('plan')) return fail(io, '请用 --plan 指定方案（如 banan-2017）。');
  if (!options.get('period')) return fail(io, '请用 --period 指定报送期（2017-09-05、2017-W40 或 2017-10）。');
  const result = dispatch(core.handlers, 'indicators:compute', { planId: options.get('plan'), period: options.get('period') });
  if (!result.ok) return fail(io, result.error.message);
  const dto = result.value as IndicatorsDto;
  const rows = dto.rows.map((r) => ({
    indicator: r.name, unitLabel: r.unitLabel, formula: r.formula, target: r.target && { year: r.target.year, value: r.target.value, text: r.target.text },
    district: { value: r.district.value, judgement: r.district.judgement },
    hospitals: r.byUnit.map((u) => ({ name: u.name, value: u.value, judgement: u.judgement })),
  }));
  if (json) {
    io.out(`${JSON.stringify({ period: dto.label, from: dto.from, to: dto.to, indicators: rows }, null, 2)}\n`);
    return 0;
  }
  io.out(`${dto.label}\n`);
  for (const r of dto.rows) {
    io.out(`${r.name}\t全区 ${shown(r.district.value)}${r.unitLabel ?? ''}\t${r.target?.text ?? '无目标'}\t${judgementLabels[r.district.judgement]}\n`);
    for (const u of r.byUnit) io.out(`  ${u.name}\t${shown(u.value)}\t${judgementLabels[u.judgement]}\n`);
  }
  return 0;
}
