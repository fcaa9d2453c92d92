// What an import tells the clerk, file by file.
import type { TaskStatus } from './dto';

/** Returned templates are a few kB; a ledger a few hundred. Anything larger is the wrong file, refused unread. */
export const maxWorkbookBytes = 20 * 1024 * 1024;
export type ImportStatus = 'imported' | 'duplicate' | 'changed' | 'rejected';
export const importStatusLabels: Record<ImportStatus, string> = { imported: '已导入', duplicate: '重复（与已录入的相同）', changed: '待确认', rejected: '未导入' };

/** cell: 'B9', or null when the problem is the file as a whole. */
export type CellProblem = { cell: string | null; message: string };
export type ValueChange = { label: string; before: string; after: string };

export type FileResultDto = {
  file: string;
  status: ImportStatus;
  planId: string | null;
  unit: string | null;
  /** the period's code (2017-09-05, 2017-W40) and its label */
  period: string | null;
  periodLabel: string | null;
  receivedAt: string | null;
  errors: CellProblem[];
  /** how the file was recognised, when not by its identity sheet */
  notes: string[];
  /** for 'changed': what differs from the recorded report (all of it when nothing was recorded) */
  changes: ValueChange[];
};

export type ImportReportDto = {
  /** names the changed files kept waiting for the clerk's confirmation (imports:overwrite) */
  batchId: string;
  results: FileResultDto[];
  /** true when the clerk cancelled: files after the last result were not read */
  cancelled: boolean;
};

/** The columns of a ledger or division table, as 任务分工台账 names them. */
export const ledgerFields = ['code', 'task', 'division', 'lead', 'cooperating', 'deadline', 'progress', 'status'] as const;
export type LedgerField = (typeof ledgerFields)[number];
export const ledgerFieldLabels: Record<LedgerField, string> = {
  code: '序号', task: '重点任务', division: '任务分工', lead: '牵头单位', cooperating: '配合单位', deadline: '完成时限', progress: '进展情况', status: '状态',
};
/** field → column index (0 = A) */
export type Mapping = Partial<Record<LedgerField, number>>;

/** One row of a ledger as an import would write it. */
export type LedgerItem = {
  kind: 'part' | 'task' | 'subtask'; row: number; code: string; title: string; body: string | null;
  lead: string[]; cooperating: string[]; deadline: string; progress: { on: string | null; body: string }[]; status: TaskStatus | null;
};

export type LedgerPreviewDto = {
  previewId: string; fileName: string; sheetName: string; headerRow: number;
  columns: { index: number; header: string; field: LedgerField | null }[];
  counts: { parts: number; tasks: number; subtasks: number; progress: number };
  /** the first rows as they would be written */
  items: LedgerItem[];
  knownUnits: string[];
  newUnits: string[];
  problems: CellProblem[];
};
export type LedgerImportDto = { planId: string; tasks: number; progress: number; newUnits: string[] };
