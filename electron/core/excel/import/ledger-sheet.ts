// Reading a ledger or division table shaped like yubei-2022's annex 1 (重点任务 / 任务分工 /
// 牵头单位 / 配合单位 / 完成时限 / 进展情况), whoever made it: the header row is found by its
// words, merged cells are filled from their top-left cell, part rows (一、…) are told from task
// rows, and a task merged down beside several 任务分工 rows becomes a task with subtasks.
import * as XLSX from 'xlsx';
import { AppError } from '../../../shared/errors';
import { ledgerFields, type LedgerField, type Mapping } from '../../../shared/imports';
import type { Book } from './read-book';
import { cellRef, cellText } from './read-book';

/** Header words seen in hand-kept ledgers, by the field they mean. */
const headerWords: Record<LedgerField, RegExp> = {
  code: /^(序号|编号)$/,
  task: /^(重点任务|主要任务|工作任务|重点工作|任务名称|任务)$/,
  division: /^(任务分工|具体任务|工作内容|任务内容|具体内容|工作措施|主要措施)$/,
  lead: /^(牵头单位|牵头部门|责任单位|责任部门|牵头)$/,
  cooperating: /^(配合单位|配合部门|协办单位|参与单位|配合)$/,
  deadline: /^(完成时限|完成时间|时间要求|时限|时间节点)$/,
  progress: /^(进展情况|工作进展|完成情况|推进情况|进度)$/,
  status: /^(状态|完成状态)$/,
};

export type SheetGrid = { sheetName: string; headerRow: number; headers: string[]; rows: { row: number; cells: string[]; merged: boolean[] }[] };

const clean = (s: string) => s.replace(/\s+/g, '');

/** The first sheet with a header row naming at least 重点任务 or 任务分工 and one more known column. */
export function readGrid(book: Book): SheetGrid {
  for (const name of book.names) {
    if (book.hidden(name)) continue;
    const ws = book.sheet(name);
    if (!ws?.['!ref']) continue;
    const range = XLSX.utils.decode_range(ws['!ref']);
    const filled = fillMerged(ws, range);
    for (let r = range.s.r; r <= Math.min(range.e.r, range.s.r + 15); r++) {
      const headers = filled.text[r - range.s.r]!.map(clean);
      const known = headers.filter((h) => Object.values(headerWords).some((w) => w.test(h))).length;
      if (known >= 2 && headers.some((h) => headerWords.task.test(h) || headerWords.division.test(h))) {
        const rows = filled.text.slice(r - range.s.r + 1).map((cells, i) => ({ row: r + 2 + i, cells, merged: filled.merged[r - range.s.r + 1 + i]! }));
        return { sheetName: name, headerRow: r + 1, headers: filled.text[r - range.s.r]!.map((h) => h.trim()), rows };
      }
    }
  }
  throw new AppError('rejected', '找不到表头：工作表中应有“重点任务”或“任务分工”，以及“牵头单位”“完成时限”等列');
}

export function guessMapping(headers: string[]): Mapping {
  const mapping: Mapping = {};
  headers.forEach((h, i) => {
    const field = ledgerFields.find((f) => headerWords[f].test(clean(h)));
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}

/** Every cell's text with merged areas filled from their top-left cell; `merged` marks cells below a merge's first row. */
function fillMerged(ws: XLSX.WorkSheet, range: XLSX.Range): { text: string[][]; merged: boolean[][] } {
  const rows = Math.min(range.e.r - range.s.r + 1, 20_000);
  const cols = Math.min(range.e.c + 1, 40);
  const text = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cellText(ws, cellRef(range.s.r + r + 1, c + 1))));
  const merged = Array.from({ length: rows }, () => Array.from({ length: cols }, () => false));
  for (const m of ws['!merges'] ?? []) {
    const value = text[m.s.r - range.s.r]?.[m.s.c] ?? '';
    for (let r = m.s.r; r <= m.e.r; r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, cols - 1); c++) {
        const row = text[r - range.s.r];
        if (!row) continue;
        row[c] = value;
        if (r > m.s.r) merged[r - range.s.r]![c] = true;
      }
    }
  }
  return { text, merged };
}
