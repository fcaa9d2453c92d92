// 完成时限 as plans and hand-kept ledgers write it, read into a kind and the last day it allows.
// What cannot be read with certainty keeps its words and no date (kind 'none'), so nothing is
// invented: the clerk sees the text and can set the date in the task form.
import { monthEnd } from './dates';

export type ReadDeadline = { kind: 'date' | 'month' | 'year' | 'ongoing' | 'none'; dueOn: string | null };

const pad = (n: number) => String(n).padStart(2, '0');
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= Number(monthEnd(`${y}-${pad(m)}-01`).slice(8));

/** `year`: the year a date without one belongs to (the plan's year). */
export function readDeadlineText(text: string, year: number): ReadDeadline {
  const s = text.normalize('NFKC').replace(/\s+/g, '').replace(/(之前|以前|前|止)$/, '');
  if (/^(全程|长期|持续|持续推进|长期坚持|常态化)/.test(s)) return { kind: 'ongoing', dueOn: null };
  let m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/.exec(s) ?? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    const [mo, d] = [Number(m[2]), Number(m[3])];
    return validDay(y, mo, d) ? { kind: 'date', dueOn: `${y}-${pad(mo)}-${pad(d)}` } : { kind: 'none', dueOn: null };
  }
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末|份)?$/.exec(s);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    const mo = Number(m[2]);
    return mo >= 1 && mo <= 12 ? { kind: 'month', dueOn: monthEnd(`${y}-${pad(mo)}-01`) } : { kind: 'none', dueOn: null };
  }
  m = /^(\d{4})年(?:底|末|年底|年内|内)?$/.exec(s) ?? /^(\d{4})$/.exec(s);
  if (m) return { kind: 'year', dueOn: `${m[1]}-12-31` };
  if (/^(年底|年内|今年底|本年底)$/.test(s)) return { kind: 'year', dueOn: `${year}-12-31` };
  return { kind: 'none', dueOn: null };
}
