// Lays a declared sheet out as a document ready to submit: a merged bold title, the 填报单位 and
// date line, header rows repeated on every printed page, thin borders, wrapped text, widths that
// fit Chinese text, part rows and merged cells for the hierarchy, A4 landscape one page wide,
// page numbers in the footer, the header frozen. User text is only ever written as text.
import ExcelJS from 'exceljs';
import type { Column, SheetContent, SheetSpec } from './sheet-spec';

const font = { name: '宋体', size: 11 };
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** A string as a cell value: never a formula, whatever it starts with (= + - @ included). */
export function textCell(value: string | number | null | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  // A rich-text value is stored as an inline string: no spreadsheet reads it as a formula.
  return /^[=+\-@]/.test(value) ? { richText: [{ text: value }] } : value;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '医改台账';
  wb.created = new Date();
  return wb;
}

const colLetter = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : colLetter(Math.floor((n - 1) / 26)) + colLetter(((n - 1) % 26) + 1));

export function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec, content: SheetContent): ExcelJS.Worksheet {
  const n = spec.columns.length;
  const last = colLetter(n);
  const headerRows = spec.groups ? 2 : 1;
  const firstHeader = content.note ? 4 : 3;
  const ws = wb.addWorksheet(spec.sheetName, {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${firstHeader}:${firstHeader + headerRows - 1}`, horizontalCentered: true,
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: firstHeader + headerRows - 1 }],
  });
  ws.columns = spec.columns.map((c) => ({ key: c.key, width: c.width }));

  ws.mergeCells(`A1:${last}1`);
  const title = ws.getCell('A1');
  title.value = textCell(content.title);
  title.font = { name: '黑体', size: 18, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(1).height = 36;

  ws.mergeCells(`A2:${last}2`);
  const line = ws.getCell('A2');
  line.value = textCell(`填报单位：${content.office}${'\u3000'.repeat(4)}日期：${content.date}`);
  line.font = font;
  line.alignment = { horizontal: 'left', vertical: 'middle' };
  if (content.note) {
    ws.mergeCells(`A3:${last}3`);
    const note = ws.getCell('A3');
    note.value = textCell(content.note);
    note.font = { ...font, size: 10, color: { argb: 'FF595959' } };
    note.alignment = { wrapText: true, vertical: 'middle' };
  }

  writeHeader(ws, spec, firstHeader);
  let r = firstHeader + headerRows;
  for (const row of content.rows) {
    const excelRow = ws.getRow(r);
    if (row.part) {
      ws.mergeCells(`A${r}:${last}${r}`);
      const c = ws.getCell(`A${r}`);
      c.value = textCell(Object.values(row.cells).find((v) => v !== null && v !== '') ?? '');
      c.font = { ...font, bold: true };
      c.alignment = { vertical: 'middle', wrapText: true };
      c.border = border;
    } else {
      spec.columns.forEach((col, i) => writeCell(excelRow.getCell(i + 1), col, row.cells[col.key], i === 1 ? row.indent : undefined, row.alert?.includes(col.key)));
      for (const [key, span] of Object.entries(row.spans ?? {})) {
        const i = spec.columns.findIndex((c) => c.key === key);
        if (span > 1 && i >= 0) ws.mergeCells(r, i + 1, r + span - 1, i + 1);
      }
    }
    r++;
  }
  fitRowHeights(ws, spec.columns, firstHeader);
  return ws;
}

function writeHeader(ws: ExcelJS.Worksheet, spec: SheetSpec, top: number): void {
  const style = (c: ExcelJS.Cell) => {
    c.font = { ...font, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  };
  const index = (key: string) => spec.columns.findIndex((c) => c.key === key) + 1;
  if (spec.groups) {
    const grouped = new Set<number>();
    for (const [label, from, to] of spec.groups) {
      ws.mergeCells(top, index(from), top, index(to));
      ws.getCell(top, index(from)).value = label;
      for (let i = index(from); i <= index(to); i++) grouped.add(i);
    }
    spec.columns.forEach((c, i) => {
      if (grouped.has(i + 1)) ws.getCell(top + 1, i + 1).value = c.header;
      else {
        ws.getCell(top, i + 1).value = c.header;
        ws.mergeCells(top, i + 1, top + 1, i + 1);
      }
    });
    for (const r of [top, top + 1]) for (let i = 1; i <= spec.columns.length; i++) style(ws.getCell(r, i));
  } else {
    spec.columns.forEach((c, i) => {
      ws.getCell(top, i + 1).value = c.header;
      style(ws.getCell(top, i + 1));
    });
  }
}

function writeCell(cell: ExcelJS.Cell, col: Column, value: string | number | null | undefined, indent: number | undefined, alert: boolean | undefined): void {
  cell.value = textCell(value);
  cell.font = alert ? { ...font, color: { argb: 'FFC00000' }, bold: true } : font;
  cell.border = border;
  cell.alignment = { horizontal: col.align ?? 'left', vertical: 'middle', wrapText: true, ...(indent ? { indent } : {}) };
  if (col.numFmt && typeof value === 'number') cell.numFmt = col.numFmt;
}

/** Width of text in column units: a Chinese character takes two, as it does on screen. */
export const textWidth = (s: string): number => [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);

/**
 * Row heights set from the text they hold: spreadsheets do not grow a row for wrapped text on
 * their own when a file is opened (LibreOffice and WPS keep the default height), so a long task
 * would print over the rows below it. Merged cells spread their text over the rows they span.
 */
export function fitRowHeights(ws: ExcelJS.Worksheet, columns: Column[], from: number, lineHeight = 14.5): void {
  const needed = new Map<number, number>();
  ws.eachRow((row, r) => {
    if (r < from) return;
    let lines = 1;
    row.eachCell((cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const text = cell.text ?? '';
      const width = cell.isMerged ? (ws.getCell(r, c).master === cell ? mergedWidth(ws, columns, r, c) : 0) : (columns[c - 1]?.width ?? 10);
      const rowsSpanned = spannedRows(ws, r, c);
      const own = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(4, width * 1.1 - 1))), 0);
      lines = Math.max(lines, Math.ceil(own / rowsSpanned));
    });
    needed.set(r, lines);
  });
  for (const [r, lines] of needed) ws.getRow(r).height = Math.max(18, lines * lineHeight + 4);
}

function mergedWidth(ws: ExcelJS.Worksheet, columns: Column[], r: number, c: number): number {
  let w = columns[c - 1]?.width ?? 10;
  for (let k = c + 1; k <= columns.length && ws.getCell(r, k).master === ws.getCell(r, c); k++) w += columns[k - 1]?.width ?? 10;
  return w;
}

function spannedRows(ws: ExcelJS.Worksheet, r: number, c: number): number {
  let n = 1;
  while (ws.getCell(r + n, c).isMerged && ws.getCell(r + n, c).master === ws.getCell(r, c)) n++;
  return n;
}

/** The yellow of a cell the recipient fills in (报送模板, 交办清单). */
export const inputFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7CC' } };
/** The password only stops accidental edits, not people. */
const sheetPassword = 'yigai';

/** Locks every cell not unlocked for input. A low spin count: the default 100,000 rounds take a second per file. */
export const protectSheet = (ws: ExcelJS.Worksheet) =>
  ws.protect(sheetPassword, { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, spinCount: 1000 });

/**
 * A very hidden, protected sheet of key → value rows (objects as JSON) that tells the import which
 * file it reads: template and version, and whose and which rows.
 */
export async function addIdentitySheet(wb: ExcelJS.Workbook, name: string, identity: Record<string, unknown>): Promise<void> {
  const id = wb.addWorksheet(name);
  Object.entries(identity).forEach(([k, v], i) => {
    id.getCell(i + 1, 1).value = k;
    id.getCell(i + 1, 2).value = (typeof v === 'object' ? JSON.stringify(v) : v) as ExcelJS.CellValue;
  });
  id.state = 'veryHidden';
  await id.protect(sheetPassword, { spinCount: 1000 });
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
