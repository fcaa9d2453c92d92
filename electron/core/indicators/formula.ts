// The indicator formula engine (pure): Σ(sign × numerator figures) ÷ Σ(sign × denominator
// figures) × scale, and the judgement of a value against a target. A district's value is the same
// formula over the figures summed across hospitals first — never the mean of the hospitals' ratios.
import type { IndicatorRowDto, Judgement, TargetDto } from '../../shared/reporting';

export type Term = { elementId: number; name: string; role: 'numerator' | 'denominator'; sign: 1 | -1 };
export type Formula = { scale: number; terms: Term[] };
/** Summed figures by data element id. */
export type Figures = ReadonlyMap<number, number>;

/** Null when a figure the formula needs is missing, or the denominator is 0. */
export function evaluate(formula: Formula, figures: Figures): number | null {
  let num = 0;
  let den = 0;
  for (const t of formula.terms) {
    const v = figures.get(t.elementId);
    if (v === undefined) return null;
    if (t.role === 'numerator') num += t.sign * v;
    else den += t.sign * v;
  }
  return den === 0 ? null : (num / den) * formula.scale;
}

/**
 * The district's figures: the hospitals' figures added up, counting only hospitals that reported
 * every figure the formula needs, so a hospital with half a report cannot tilt the ratio.
 */
export function districtFigures(formula: Formula, byHospital: readonly Figures[]): Figures {
  const sums = new Map<number, number>();
  for (const figures of byHospital) {
    if (!formula.terms.every((t) => figures.has(t.elementId))) continue;
    for (const id of new Set(formula.terms.map((t) => t.elementId))) sums.set(id, (sums.get(id) ?? 0) + figures.get(id)!);
  }
  return sums;
}

/** 药品收入 ÷ 医疗收入 × 100; (医疗收入 − 药品收入) as a group when a side has several terms. */
export function formulaText(formula: Formula): string {
  const side = (role: Term['role']) => {
    const terms = formula.terms.filter((t) => t.role === role);
    const text = terms.map((t, i) => `${i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + '}${t.name}`).join('');
    return terms.length > 1 ? `(${text})` : text;
  };
  return `${side('numerator')} ÷ ${side('denominator')}${formula.scale === 1 ? '' : ` × ${formula.scale}`}`;
}

/** The target values are judged against: the first target year not before the year, else the last. */
export function targetFor(targets: readonly TargetDto[], year: number): TargetDto | null {
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((t) => t.year >= year) ?? sorted.at(-1) ?? null;
}

/** Met or not, by the target's comparator when it has one, else by the indicator's direction. */
export function judge(value: number | null, target: TargetDto | null, direction: IndicatorRowDto['direction']): Judgement {
  if (value === null) return 'noData';
  if (!target || target.value === null) return 'noTarget';
  const t = target.value;
  switch (target.comparator) {
    case '<': return value < t ? 'met' : 'notMet';
    case '<=': return value <= t ? 'met' : 'notMet';
    case '>': return value > t ? 'met' : 'notMet';
    case '>=': return value >= t ? 'met' : 'notMet';
    case '=': return value === t ? 'met' : 'notMet';
    default:
      if (direction === 'lower') return value <= t ? 'met' : 'notMet';
      if (direction === 'higher') return value >= t ? 'met' : 'notMet';
      return 'noTarget';
  }
}
