// Opening a workbook that came from outside. Everything here assumes the file may be anything:
// a size cap before reading, the first bytes must be a workbook's (zip for .xlsx, OLE for .xls/.et),
// a zip that is truncated, has too many parts or would inflate past a sane size (whatever its
// directory claims) is refused before SheetJS inflates it (files/zip-guard.ts), and
// any failure inside the reader becomes one Chinese sentence. Cells are read, never evaluated.
import * as XLSX from 'xlsx';
import { AppError } from '../../../shared/errors';
import { maxWorkbookBytes } from '../../../shared/imports';
import { checkZip } from '../../files/zip-guard';

const maxInflatedBytes = 200 * 1024 * 1024;
/** A ledger has a few thousand rows; reading stops after this many, and a sheet with more is refused. */
export const maxRows = 20_000;

export type Book = {
  names: string[];
  /** 0 visible, 1 hidden, 2 very hidden */
  hidden: (name: string) => number;
  sheet: (name: string) => XLSX.WorkSheet | undefined;
};

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const refuse = (message: string) => new AppError('bad_file', message);

function kindOf(data: Buffer): 'zip' | 'ole' | null {
  if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) return 'zip';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'ole';
  return null;
}

/** Checked before the bytes are read, so a huge file costs nothing. */
export function checkSize(bytes: number): void {
  if (bytes === 0) throw refuse('文件是空的');
  if (bytes > maxWorkbookBytes) throw refuse(`文件有 ${mb(bytes)}，超过 ${mb(maxWorkbookBytes)}，不像是报送模板或台账，请确认是否选错了文件`);
}

export function readBook(data: Buffer): Book {
  checkSize(data.length);
  const kind = kindOf(data);
  if (!kind) throw refuse('不是 Excel 工作簿（.xlsx、.xls 或 WPS 的 .et），请确认文件类型');
  if (kind === 'zip') {
    const zip = checkZip(data, { maxInflatedBytes, maxEntries: 2000 });
    if (!zip.ok && zip.why === 'truncated') throw refuse('文件不完整或已损坏（可能没有下载或拷贝完整），请让对方重新发送');
    if (!zip.ok && zip.why === 'too_large') throw refuse(`文件解压后超过 ${mb(maxInflatedBytes)}，过大，拒绝读取`);
    if (!zip.ok && zip.why === 'too_many') throw refuse('文件内部的部件过多，不像是 Excel 工作簿，拒绝读取');
    if (!zip.ok && zip.why === 'entities') throw refuse('文件中含有 Excel 不会写入的实体声明，可能被人改动过，拒绝读取');
    if (!zip.ok) throw refuse('文件已损坏或格式无法识别，无法读取，请让对方用 Excel 或 WPS 重新保存后发送');
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(data, { type: 'buffer', cellFormula: true, cellNF: true, cellText: false, cellDates: false, bookVBA: false, WTF: false, sheetRows: maxRows + 1 });
  } catch {
    throw refuse('文件已损坏或格式无法识别，无法读取，请让对方用 Excel 或 WPS 重新保存后发送');
  }
  const states = new Map((wb.Workbook?.Sheets ?? []).map((s) => [s.name ?? '', s.Hidden ?? 0]));
  return {
    names: wb.SheetNames,
    hidden: (name) => states.get(name) ?? 0,
    sheet: (name) => {
      const ws = Object.hasOwn(wb.Sheets, name) ? wb.Sheets[name] : undefined;
      // Read with sheetRows: a row past the limit means the sheet goes on beyond it.
      if (ws?.['!ref'] && XLSX.utils.decode_range(ws['!ref']).e.r >= maxRows) {
        throw refuse(`工作表“${name}”超过 ${maxRows.toLocaleString('en-US')} 行，不像是报送模板或台账，拒绝读取`);
      }
      return ws;
    },
  };
}

/** A cell as the import sees it: a number, text, a formula (refused by the caller), or an error value. */
export type CellRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'other'; shown: string };

export function readCell(ws: XLSX.WorkSheet, ref: string): CellRead {
  const cell = Object.hasOwn(ws, ref) ? (ws[ref] as XLSX.CellObject) : undefined;
  if (!cell) return { kind: 'empty' };
  if (cell.f) return { kind: 'formula', formula: cell.f };
  if (cell.t === 'n' && typeof cell.v === 'number') return { kind: 'number', value: cell.v, percent: typeof cell.z === 'string' && cell.z.includes('%') };
  if (cell.t === 's') return String(cell.v ?? '').trim() === '' ? { kind: 'empty' } : { kind: 'text', value: String(cell.v) };
  if (cell.t === 'z') return { kind: 'empty' };
  return { kind: 'other', shown: String(cell.w ?? cell.v ?? '') };
}

/** The cell's text for labels and identity rows: numbers as written, everything else trimmed. */
export function cellText(ws: XLSX.WorkSheet, ref: string): string {
  const c = readCell(ws, ref);
  if (c.kind === 'number') return String(c.value);
  if (c.kind === 'text') return c.value.trim();
  return '';
}

export const cellRef = (row: number, col: number): string => XLSX.utils.encode_cell({ r: row - 1, c: col - 1 });
