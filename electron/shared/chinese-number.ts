/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1…99), as documents number their parts; larger as digits. */
export function chineseNumber(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return d[n]!;
  return `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${d[n % 10]}`;
}

/** 一 → 1, 十二 → 12, 二十 → 20, 三十五 → 35, 一百 → 100; null for anything else. */
export function readChineseNumber(s: string): number | null {
  const d = '〇一二三四五六七八九';
  if (!/^[〇一二三四五六七八九十百]+$/.test(s)) return null;
  if (s === '一百') return 100;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  if (!m[2]) return m[1] && !m[3] ? d.indexOf(m[1]) : null;
  return (m[1] ? d.indexOf(m[1]) : 1) * 10 + (m[3] ? d.indexOf(m[3]) : 0);
}
