// 任务分工台账 in the layout of yubei-2022's annex 1: 序号, 重点任务, 任务分工, 牵头单位, 配合单位,
// 完成时限, 进展情况, 状态 — for any plan, filtered as the ledger is, as of a date. A task's
// subtasks sit under it with the task merged down beside them; parts are rows across the sheet.
import { chineseDay } from '../../../shared/dates';
import { filterLedger, statusLabels, type LedgerFilters, type LedgerRow } from '../../../shared/ledger';
import type { SheetRow, SheetSpec } from '../sheet-spec';

export const ledgerSpec: SheetSpec = {
  sheetName: '任务分工台账',
  columns: [
    { key: 'no', header: '序号', width: 6, align: 'center' },
    { key: 'task', header: '重点任务', width: 28 },
    { key: 'division', header: '任务分工', width: 44 },
    { key: 'lead', header: '牵头单位', width: 16 },
    { key: 'cooperating', header: '配合单位', width: 22 },
    { key: 'deadline', header: '完成时限', width: 13, align: 'center' },
    { key: 'progress', header: '进展情况', width: 34 },
    { key: 'status', header: '状态', width: 9, align: 'center' },
  ],
};

const names = (refs: { name: string }[]) => refs.map((r) => r.name).join('、');
const progressText = (r: LedgerRow, history: string[] | undefined) =>
  history?.length ? history.join('\n') : r.latestProgress ? `${chineseDay(r.latestProgress.enteredOn, true)}：${r.latestProgress.body}` : '';
const statusText = (r: LedgerRow) => (r.light === 'red' ? `${statusLabels[r.status]}（逾期）` : statusLabels[r.status]);

/**
 * Rows from the ledger's own rows (already judged as of the date). history: every note of a task,
 * oldest first, when the whole history was asked for.
 */
export function ledgerRows(all: LedgerRow[], filters: LedgerFilters, history?: Map<number, string[]>): SheetRow[] {
  const shown = new Set(filterLedger(all, filters).map((r) => r.id));
  const byId = new Map(all.map((r) => [r.id, r]));
  const out: SheetRow[] = [];
  let no = 0;
  const rows = all.filter((r) => shown.has(r.id) || (r.isHeading && all.some((c) => shown.has(c.id) && c.partId === r.id)));
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.isHeading && r.depth === 0) {
      out.push({ part: true, cells: { task: `${r.code}${r.title}` } });
      continue;
    }
    if (r.isHeading) continue; // a task with subtasks is written beside them (merged), not on a row of its own
    const parent = r.parentId !== null ? byId.get(r.parentId) : undefined;
    const underTask = parent && parent.depth > 0 && parent.isHeading;
    const cells = {
      no: ++no, task: underTask ? `${parent.code}${parent.title}` : `${r.code}${r.title}`,
      division: underTask ? `${r.code}${r.title}` : (r.body ?? ''),
      lead: names(r.leadUnits), cooperating: names(r.cooperatingUnits),
      deadline: r.deadline.text ?? (r.due ? chineseDay(r.due, true) : ''),
      progress: progressText(r, history?.get(r.id)), status: statusText(r),
    };
    // Siblings under the same task: the task's cell spans them all.
    let span = 1;
    if (underTask) while (rows[i + span] && rows[i + span]!.parentId === r.parentId && !rows[i + span]!.isHeading) span++;
    const prev = out.at(-1);
    const continuing = underTask && prev && !prev.part && i > 0 && rows[i - 1]!.parentId === r.parentId;
    out.push({ cells, spans: !continuing && span > 1 ? { task: span } : undefined, indent: underTask ? 0 : undefined, alert: r.light === 'red' ? ['status'] : undefined });
  }
  return out;
}
