// Numbers as clerks type them: read where the meaning is certain, refused with a reason where not.
import { describe, expect, it } from 'vitest';
import { parseClerkNumber } from '../../electron/shared/clerk-number';

describe('parseClerkNumber', () => {
  it.each([
    [' 25.3 ', 25.3, false], ['25.3%', 25.3, true], ['25,300', 25300, false], ['1,234,567.5', 1234567.5, false],
    ['１２０．５', 120.5, false], ['３０％', 30, true], ['\u300012\u3000', 12, false], ['-3', -3, false], ['.5', 0.5, false], ['0', 0, false],
  ])('reads %j as %d', (text, value, percent) => {
    expect(parseClerkNumber(text)).toEqual({ ok: true, value, percent });
  });

  it.each([
    ['约30', /不是确切的数/], ['30左右', /不是确切的数/], ['二十', /汉字数字/], ['三百万', /汉字数字/], ['30万元', /带了单位或文字/],
    ['20-30', /范围/], ['1,2345', /不是数字/], ['abc', /不是数字/], ['', /为空/], ['12.3.4', /不是数字/],
  ])('refuses %j', (text, reason) => {
    const r = parseClerkNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});
