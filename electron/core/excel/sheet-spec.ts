// A sheet declared once: its title, its columns (header, width, alignment) and, where a report
// has them, grouped header cells. The exporter lays a workbook out from the declaration, and the
// importer of the same report reads its header by the same labels, so the two cannot drift.

export type Column = {
  key: string;
  header: string;
  /** in characters of a Chinese font: one Chinese character counts two */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** number format for numeric cells, e.g. '0.00' */
  numFmt?: string;
};

export type SheetSpec = {
  /** the worksheet's tab name (at most 31 characters, no []:*?/\) */
  sheetName: string;
  columns: Column[];
  /** an optional first header row of groups: [label, first column key, last column key] */
  groups?: [string, string, string][];
};

/** A data row: cell values by column key. `level` 0 is a part row, spread across the whole width. */
export type SheetRow = {
  cells: Record<string, string | number | null>;
  /** a part heading: one merged bold cell across the sheet */
  part?: boolean;
  /** indent of the first text column (subtasks under their task) */
  indent?: number;
  /** keys whose cell merges with the same cell of the rows below it, for this many rows */
  spans?: Record<string, number>;
  /** a value to draw attention to (逾期, 未达标): shown in red */
  alert?: string[];
};

export type SheetContent = {
  /** the report's title, e.g. 巴南区全面推开公立医院综合改革任务分工台账 */
  title: string;
  /** 填报单位 and the date line under the title */
  office: string;
  date: string;
  /** a note under the title line (范围、筛选条件、截至日期) */
  note?: string;
  rows: SheetRow[];
};
