import { describe, expect, it } from 'vitest';
import { niceAxis } from '../../renderer/src/features/indicators/trend-axis';

describe('the trend value axis', () => {
  it('reaches a step beyond banan\'s 药占比 values and its 30% target, in steps of 2', () => {
    expect(niceAxis(28, 37.5)).toEqual({ min: 26, max: 38, interval: 2 });
  });
  it('includes a target far above every value', () => {
    const a = niceAxis(12, 30);
    expect(a.min).toBeLessThan(12);
    expect(a.max).toBeGreaterThan(30);
    expect(a.interval).toBe(5);
  });
  it('keeps small differences readable with decimal steps', () => {
    expect(niceAxis(9.1, 10.2)).toEqual({ min: 9, max: 10.5, interval: 0.5 });
  });
  it('does not go below zero for rates that cannot be negative', () => {
    expect(niceAxis(0.5, 9).min).toBe(0);
    expect(niceAxis(-3, 4).min).toBeLessThan(-3);
  });
  it('gives a usable axis when every value is the same', () => {
    const a = niceAxis(30, 30);
    expect(a.min).toBeLessThan(30);
    expect(a.max).toBeGreaterThan(30);
  });
});
