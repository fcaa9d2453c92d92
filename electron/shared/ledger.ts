// The ledger's rows and filters. The core builds the rows (lights judged as of a date by the
// one light engine in core/ledger); the filter below is pure, so the screen filters instantly
// and the CLI and the exports filter the same way.
import type { Deadline, TaskKind, TaskStatus } from './dto';
import type { FollowUpDays, FollowUpLevel } from './followup';

export type Light = 'red' | 'yellow' | 'green' | 'done' | 'paused';
export type LightSettings = { dueSoonDays: number; staleDays: number };

export type NamedRef = { id: number; name: string };

export type ProgressDto = {
  id: number;
  taskId: number;
  enteredOn: string; // the date the progress happened (YYYY-MM-DD)
  body: string;
  status: TaskStatus | null; // the task's status after this note
  author: string | null;
  createdAt: string;
  supersedesId: number | null; // a correction names the note it replaces; both stay
  supersededBy: number | null;
};

export type LedgerRow = {
  id: number;
  planId: string;
  planTitle: string;
  parentId: number | null;
  partId: number | null; // the top-level heading the row sits under (null for a top-level row)
  kind: TaskKind;
  depth: number;
  isHeading: boolean; // has rows under it; carries no light of its own
  code: string;
  title: string;
  body: string | null;
  leadUnits: NamedRef[];
  cooperatingUnits: NamedRef[]; // cooperating and responsible units, as the plan writes them
  groups: NamedRef[];
  deadline: Deadline;
  due: string | null; // the date the light rules use (own or inherited), YYYY-MM-DD
  dueInherited: boolean;
  status: TaskStatus; // as of the as-of date
  light: Light | null; // null for headings
  daysLeft: number | null; // negative when overdue
  daysLate: number | null; // red rows only: days late at the end of the as-of day (≥ 1)
  followUp: FollowUpLevel | null; // the 督办 level that lateness calls for
  lightReason: string; // Chinese: 已逾期 3 天, 5 天后到期, 10 天无进展 …
  latestProgress: Pick<ProgressDto, 'id' | 'enteredOn' | 'body' | 'author' | 'status'> | null;
  completedOn: string | null;
  pauseReason: string | null;
};

export type LedgerResult = { asOf: string; settings: LightSettings; followUpDays: FollowUpDays; rows: LedgerRow[] };

export type LedgerFilters = {
  planId?: string | null;
  partId?: number | null;
  unitId?: number | null; // lead or cooperating
  groupId?: number | null;
  lights?: Light[];
  statuses?: TaskStatus[];
  dueFrom?: string | null;
  dueTo?: string | null;
  text?: string;
  kinds?: TaskKind[];
};

/** Does one row pass the filters? Headings are judged by their rows (see filterLedger). */
export function rowMatches(row: LedgerRow, f: LedgerFilters): boolean {
  if (f.planId && row.planId !== f.planId) return false;
  if (f.partId && row.partId !== f.partId && row.id !== f.partId) return false;
  if (f.unitId && !row.leadUnits.some((u) => u.id === f.unitId) && !row.cooperatingUnits.some((u) => u.id === f.unitId)) return false;
  if (f.groupId && !row.groups.some((g) => g.id === f.groupId)) return false;
  if (f.kinds?.length && !f.kinds.includes(row.kind)) return false;
  if (f.lights?.length && (!row.light || !f.lights.includes(row.light))) return false;
  if (f.statuses?.length && !f.statuses.includes(row.status)) return false;
  if (f.dueFrom && (!row.due || row.due < f.dueFrom)) return false;
  if (f.dueTo && (!row.due || row.due > f.dueTo)) return false;
  const q = f.text?.trim();
  if (q) {
    const hay = [row.code, row.title, row.body ?? '', row.latestProgress?.body ?? ''].join('\n');
    if (!q.split(/\s+/).every((word) => hay.includes(word))) return false;
  }
  return true;
}

/**
 * The rows that pass, with the headings above them so the tree still reads. Returns rows in the
 * given (tree) order.
 */
export function filterLedger(rows: LedgerRow[], f: LedgerFilters): LedgerRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const keep = new Set<number>();
  // A heading carries no units, groups, status or light of its own; it is kept for the rows under
  // it, or when the clerk searches for its own words.
  const headingSearch: LedgerFilters | null = f.text?.trim() ? { planId: f.planId, partId: f.partId, text: f.text } : null;
  for (const r of rows) {
    if (r.isHeading ? !headingSearch || !rowMatches(r, headingSearch) : !rowMatches(r, f)) continue;
    keep.add(r.id);
    for (let p = r.parentId; p !== null && !keep.has(p); p = byId.get(p)?.parentId ?? null) keep.add(p);
  }
  return rows.filter((r) => keep.has(r.id));
}

/** Counts work rows (not headings) that pass; the filter bar shows one per choice. */
export const countRows = (rows: LedgerRow[], f: LedgerFilters): number =>
  rows.reduce((n, r) => n + (!r.isHeading && rowMatches(r, f) ? 1 : 0), 0);

export const lightLabels: Record<Light, string> = { red: '逾期', yellow: '临期或滞后', green: '正常', done: '已完成', paused: '暂缓' };

export const statusLabels: Record<TaskStatus, string> = { not_started: '未启动', in_progress: '推进中', done: '已完成', paused: '暂缓' };

/**
 * The light rules in the clerk's words, shown on the help page and beside the ledger. The light
 * engine in core/ledger applies exactly these; its tests hold each sentence.
 */
export function lightRulesText(s: LightSettings): string[] {
  return [
    `红灯（逾期）：完成时限已过而任务未完成。只写日期的时限，到当天结束为止；写了钟点的（如“9月1日8点”），当天即算到期。`,
    `黄灯（临期或滞后）：${s.dueSoonDays} 天内到期（含当天）；或“全程”、未定时限的任务在最近 ${s.staleDays} 天内没有进展记录。`,
    '绿灯（正常）：其余未完成的任务。',
    '已完成、暂缓的任务不亮灯，直接显示“已完成”“暂缓”。',
    '时限为某月的，到该月最后一天；为某年或“年底前”的，到该年 12 月 31 日；写“某日起”的，从该日起按“全程”对待。子任务未写时限的，沿用上级任务的时限。',
    '所有灯色、统计和最新进展都按“查看日期”计算：晚于查看日期录入的进展和状态不计入。',
  ];
}
