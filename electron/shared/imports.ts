// What an import tells the clerk, file by file.

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
