// A ledger grid, with the clerk's column mapping, read into parts, tasks and subtasks with their
// units, deadline words, progress lines and status — before anything is written, so the clerk
// sees exactly what an import would make.
import type { CellProblem, LedgerItem, Mapping } from '../../../shared/imports';
import type { TaskStatus } from '../../../shared/dto';
import { statusLabels } from '../../../shared/ledger';
import { cellRef } from './read-book';
import type { SheetGrid } from './ledger-sheet';


const codePattern = /^((?:[一二三四五六七八九十百]+、)|(?:[（(][一二三四五六七八九十百\d]+[）)])|(?:\d+(?:\.\d+)*[.、．]))\s*([\s\S]*)$/;
/** '（一）深化改革' → ['（一）', '深化改革']; text without a leading number keeps it all as the title. */
export function splitCode(text: string): [string, string] {
  const m = codePattern.exec(text.trim());
  return m && m[2] ? [m[1]!, m[2].trim()] : ['', text.trim()];
}
const unitNames = (text: string) => text.split(/[、，,；;\n]+/).map((s) => s.trim()).filter(Boolean);
const statusByLabel = new Map(Object.entries(statusLabels).map(([k, v]) => [v, k as TaskStatus]));

function readProgress(text: string): { on: string | null; body: string }[] {
  return text.split(/\n+/).map((l) => l.trim()).filter(Boolean).map((line) => {
    const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日[：:]\s*([\s\S]*)$/.exec(line);
    return m ? { on: `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`, body: m[4]!.trim() } : { on: null, body: line };
  }).filter((p) => p.body);
}

export function itemsOf(grid: SheetGrid, mapping: Mapping): { items: LedgerItem[]; problems: CellProblem[] } {
  const items: LedgerItem[] = [];
  const problems: CellProblem[] = [];
  const col = (f: keyof Mapping) => mapping[f];
  let group: { taskText: string; rows: SheetGrid['rows'] } | null = null;
  const flush = () => {
    if (!group) return;
    const rows = group.rows;
    const fields = (r: SheetGrid['rows'][number]) => {
      const get = (f: keyof Mapping) => (col(f) === undefined ? '' : (r.cells[col(f)!] ?? '').trim());
      const statusText = get('status').replace(/（.*）$/, '');
      const status = statusText ? (statusByLabel.get(statusText) ?? null) : null;
      if (statusText && !status) problems.push({ cell: cellRef(r.row, col('status')! + 1), message: `状态“${statusText}”无法识别，应为${Object.values(statusLabels).join('、')}之一；已按未填处理` });
      return { lead: unitNames(get('lead')), cooperating: unitNames(get('cooperating')), deadline: get('deadline'), progress: readProgress(get('progress')), status, division: get('division') };
    };
    if (rows.length === 1 || !group.taskText) {
      for (const r of rows) {
        const f = fields(r);
        const [code, title] = splitCode(group.taskText || f.division);
        items.push({ kind: 'task', row: r.row, code, title, body: group.taskText ? f.division || null : null, ...f });
      }
    } else {
      const [code, title] = splitCode(group.taskText);
      items.push({ kind: 'task', row: rows[0]!.row, code, title, body: null, lead: [], cooperating: [], deadline: '', progress: [], status: null });
      for (const r of rows) {
        const f = fields(r);
        const [subCode, subTitle] = splitCode(f.division);
        items.push({ kind: 'subtask', row: r.row, code: subCode, title: subTitle, body: null, ...f });
      }
    }
    group = null;
  };
  for (const r of grid.rows) {
    const mapped = Object.values(mapping).map((i) => (r.cells[i] ?? '').trim());
    if (mapped.every((v) => !v)) continue;
    const distinct = new Set(r.cells.map((c) => c.trim()).filter(Boolean));
    const only = [...distinct][0] ?? '';
    const leadEmpty = col('lead') === undefined || !(r.cells[col('lead')!] ?? '').trim() || r.cells[col('lead')!]!.trim() === only;
    if (distinct.size === 1 && leadEmpty && (/^[一二三四五六七八九十]+、/.test(only) || r.cells.filter((c) => c.trim() === only).length > 2)) {
      flush();
      const [code, title] = splitCode(only);
      items.push({ kind: 'part', row: r.row, code, title, body: null, lead: [], cooperating: [], deadline: '', progress: [], status: null });
      continue;
    }
    const taskText = col('task') === undefined ? '' : (r.cells[col('task')!] ?? '').trim();
    const continues = group && taskText && taskText === group.taskText;
    if (!continues) flush();
    if (!group) group = { taskText, rows: [] };
    group.rows.push(r);
  }
  flush();
  const titled = items.filter((i) => !i.title);
  for (const i of titled) problems.push({ cell: `第 ${i.row} 行`, message: '没有任务名称，已跳过' });
  return { items: items.filter((i) => i.title), problems };
}
