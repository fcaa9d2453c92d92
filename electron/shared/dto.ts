// Data shapes that cross the contract (core → main/cli/harness → renderer). Plain JSON only.
import type { ContactDto } from './assignments';
import type { FollowUpDays } from './followup';

export type UnitKind = 'department' | 'hospital' | 'office' | 'government' | 'other';
export type UnitRole = 'lead' | 'cooperating' | 'responsible';
export type DeadlineKind = 'date' | 'month' | 'year' | 'ongoing' | 'none';
export type TaskKind = 'task' | 'timeline' | 'duty';
export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'paused';
export type Frequency = 'daily' | 'weekly' | 'monthly';

export type PlanSummary = {
  id: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null; // YYYY-MM-DD
  scope: string;
  caution: string | null;
  taskCount: number; // = counts.tasks: the task-tree rows that carry work (headings not counted)
  counts: TaskCounts;
  hasSource: boolean;
  /** the plan sets a reporting regime (信息报送制度) */
  hasRegime: boolean;
  indicatorCount: number;
};

/**
 * What a plan holds, each number named for what it counts: headings (一、… and tasks split into
 * division rows), tasks (the tree's rows that carry work), timeline items (时序安排) and group duties.
 */
export type TaskCounts = { headings: number; tasks: number; timeline: number; duties: number };

/** name: the unit's current name; writtenName: as this plan writes it (shown to the clerk). */
export type UnitRef = { unitId: number; name: string; writtenName: string; kind: UnitKind; role: UnitRole };

export type Deadline = {
  kind: DeadlineKind;
  text: string | null; // as written
  dueOn: string | null;
  dueTime: string | null;
  startOn: string | null;
};

export type TaskDto = {
  id: number;
  parentId: number | null;
  kind: TaskKind;
  code: string;
  title: string;
  body: string | null;
  unitsText: string | null;
  units: UnitRef[];
  groups: { groupId: number; name: string }[];
  deadline: Deadline;
  status: TaskStatus;
  caution: string | null;
};

export type PlanPhaseDto = { name: string; startOn: string; endOn: string; text: string; milestones: string[] };

export type PlanDetail = {
  plan: PlanSummary & { publishedOn: string | null; sourceFile: string | null };
  tasks: TaskDto[]; // ordered; parentId builds the tree
  phases: PlanPhaseDto[];
};

export type RosterEntryDto = {
  role: 'leader' | 'deputyLeader' | 'member';
  person: string | null;
  post: string | null;
  phone: string | null;
  unitId: number | null;
};

export type GroupDto = {
  id: number;
  code: string;
  name: string;
  duties: string | null;
  leadUnitsText: string | null;
  memberUnitsText: string | null;
  rosterMembersText: string | null;
  leadUnits: { unitId: number; name: string; writtenName: string }[];
  memberUnits: { unitId: number; name: string; writtenName: string }[];
  roster: RosterEntryDto[];
  dutyTaskIds: number[];
  timelineTaskIds: number[];
  supervisionTeams: { name: string; hospital: string; membersText: string | null }[];
  /** 联系人 the group names for its work */
  contacts: ContactDto[];
};

export type IndicatorDto = {
  id: number;
  code: string;
  position: number;
  category: string | null;
  name: string;
  unitLabel: string | null;
  direction: 'higher' | 'lower' | 'none';
  baseline: { year: number; text: string; value: number | null } | null;
  targets: { year: number; text: string; value: number | null; comparator: string | null }[];
  responsibleUnitsText: string | null;
  responsibleUnits: string[];
  note: string | null;
};

export type RegimeDto = {
  id: number;
  name: string;
  startOn: string;
  text: string;
  recipient: string | null;
  incidentRule: string | null;
  phases: { name: string; frequency: Frequency; startOn: string; endOn: string | null; dueTime: string | null; text: string | null }[];
  reportingUnits: { kind: 'unit' | 'group'; name: string }[];
  summaries: { frequency: Frequency; to: string[]; text: string }[];
};

/** dueSoonDays: a task due within this many days lights yellow; staleDays: an ongoing task without a note for this many days lights yellow. */
export type Settings = { officeName: string; clerkName: string; dueSoonDays: number; staleDays: number; followUpDays: FollowUpDays };

export type AppInfo = { version: string; dbPath: string; schemaVersion: number };

/** A unit with every name plans write for it; initials are pinyin initials (qczj → 区财政局) of name and aliases. */
export type UnitDto = {
  id: number;
  scope: string;
  name: string;
  kind: UnitKind;
  aliases: string[];
  initials: string[];
  taskCount: number; // tasks it leads or joins, across plans
  contacts: ContactDto[]; // 联系人 for its reform work
};

export type AuditEntryDto = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};
