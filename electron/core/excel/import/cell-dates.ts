// Days and times as clerks type them into a returned workbook: a real date cell (a serial number
// in Excel's 1900 system), or text such as 2026-03-05, 2026/3/5, 2026年3月5日, 3月5日, with or
// without a time (9:30). Read to the office's wall clock; null when it cannot be read for sure.
import { isIsoDate, parseStamp } from '../../../shared/dates';
import { readDeadlineText } from '../../../shared/deadline-text';
import type { CellRead } from './read-book';

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel's serial day (1900 system; 25569 is 1970-01-01) with its fraction of a day. */
function fromSerial(serial: number): string | null {
  if (!(serial > 0 && serial < 2958466)) return null;
  const ms = Math.round((serial - 25569) * 86_400_000);
  return new Date(ms).toISOString().slice(0, 19);
}

/** 2026年3月5日 9:30 / 2026/3/5 9:30 → 2026-03-05 09:30, so parseStamp can read it. */
function normalise(text: string, year: number): string {
  const s = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const m = /^(?:(\d{4})[年/.-])?(\d{1,2})[月/.-](\d{1,2})日?(?:\s*(\d{1,2})[:时点](\d{1,2})?分?(?::(\d{1,2}))?)?$/.exec(s);
  if (!m) return s;
  const [, y, mo, d, hh, mm, ss] = m;
  const day = `${y ?? year}-${pad(Number(mo))}-${pad(Number(d))}`;
  return hh === undefined ? day : `${day} ${pad(Number(hh))}:${pad(Number(mm ?? 0))}:${pad(Number(ss ?? 0))}`;
}

/** A day: YYYY-MM-DD, null for an empty cell, 'bad' when it is not a day. */
export function cellDay(cell: CellRead, year: number): string | null | 'bad' {
  if (cell.kind === 'empty') return null;
  if (cell.kind === 'number') return fromSerial(cell.value)?.slice(0, 10) ?? 'bad';
  if (cell.kind !== 'text') return 'bad';
  const s = normalise(cell.value, year);
  if (isIsoDate(s)) return s;
  const read = readDeadlineText(cell.value, year);
  return read.kind === 'date' && read.dueOn ? read.dueOn : 'bad';
}

/** A time: YYYY-MM-DDTHH:MM:SS (a day alone is its midnight), null for empty, 'bad' when unreadable. */
export function cellStamp(cell: CellRead, year: number): string | null | 'bad' {
  if (cell.kind === 'empty') return null;
  if (cell.kind === 'number') return fromSerial(cell.value) ?? 'bad';
  if (cell.kind !== 'text') return 'bad';
  const s = normalise(cell.value, year);
  if (isIsoDate(s)) return `${s}T00:00:00`;
  return parseStamp(s) ?? 'bad';
}
