/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1…99), as documents number their parts; larger as digits. */
export function chineseNumber(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return d[n]!;
  return `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${d[n % 10]}`;
}
