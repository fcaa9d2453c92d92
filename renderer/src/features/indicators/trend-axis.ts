// The trend's value axis, chosen by hand rather than by ECharts: ECharts leaves the target line
// out of its extent, and with only a min and max given it crowds the end labels against the ticks.

/**
 * A step of 1, 2 or 5 × 10ⁿ giving about five intervals, and ends on whole steps with room beyond
 * the outermost value; an axis over values that are never negative does not go below zero.
 */
export function niceAxis(lo: number, hi: number): { min: number; max: number; interval: number } {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw - 1e-12) ?? 10) * power;
  const round = (x: number) => Number(x.toFixed(10));
  let min = round(Math.floor(round(lo / step)) * step);
  let max = round(Math.ceil(round(hi / step)) * step);
  if (min === lo) min = round(min - step);
  if (max === hi) max = round(max + step);
  if (lo >= 0 && min < 0) min = 0;
  return { min, max, interval: round(step) };
}
