// A draft plan read from the text of a notice (从通知新建): what the extractor found, where in
// the source text it found each piece, and what it doubts, for the clerk to check before saving.

/** [start, end) offsets into the source text the clerk pasted or opened. */
export type Span = [number, number];

export type DraftUnitRole = 'lead' | 'cooperating' | 'responsible';

export type DraftUnit = {
  /** As the notice writes it. */
  name: string;
  role: DraftUnitRole;
  span: Span | null;
  /** The registry's unit it was matched to (name or alias, in the notice's scope), or null: to link or create. */
  unitId: number | null;
  unitName: string | null;
};

export type DraftTask = {
  key: string;
  kind: 'task' | 'timeline';
  code: string;
  title: string;
  body: string;
  /** The unit clause as written, e.g. （牵头单位：A，责任单位：B）. */
  unitsText: string;
  units: DraftUnit[];
  /** Collective words kept as written (市级有关部门) and groups named as responsible (责任组). */
  others: string[];
  deadlineText: string;
  span: Span;
  titleSpan: Span;
  /** Why the clerk should look again; empty when nothing is doubtful. */
  doubts: string[];
  /** Parts that set out aims or principles (总体要求, 指导思想) are not tasks unless the clerk keeps them. */
  include: boolean;
  children: DraftTask[];
};

export type AnnexKind = 'division' | 'timeline' | 'indicators' | 'groups' | 'other';

export type DraftAnnex = {
  kind: AnnexKind;
  title: string;
  span: Span;
  /** Rows read from the table (merged into the tasks for a division table, the timeline for a 时序表). */
  rows: number;
};

export type DraftIndicator = {
  code: string;
  category: string;
  name: string;
  baseline: string;
  targets: string[];
  responsible: string;
  span: Span;
};

export type DraftField = { value: string; span: Span | null };

export type NoticeDraft = {
  title: DraftField;
  issuer: DraftField;
  docNumber: DraftField;
  issuedOn: DraftField;
  scope: string;
  tasks: DraftTask[];
  timeline: DraftTask[];
  indicators: DraftIndicator[];
  annexes: DraftAnnex[];
  /** Names found in no unit of the scope, with how many tasks name them. */
  unknownUnits: { name: string; tasks: number }[];
  counts: { tasks: number; withUnits: number; doubtful: number; characters: number };
};

export const annexKindLabels: Record<AnnexKind, string> = {
  division: '任务分工表',
  timeline: '时序安排表',
  indicators: '指标表',
  groups: '工作组分工',
  other: '附件',
};

export const roleLabels: Record<DraftUnitRole, string> = { lead: '牵头', responsible: '责任', cooperating: '配合' };

/** Every task of the draft in text order, with the code and title of the part it sits in. */
export function flattenDraft(tasks: DraftTask[], part: DraftTask | null = null): { task: DraftTask; part: DraftTask | null; depth: number }[] {
  return tasks.flatMap((t) => [{ task: t, part, depth: 0 }, ...flattenDraft(t.children, part ?? t).map((x) => ({ ...x, depth: x.depth + 1 }))]);
}
