// The shape of one curated plan file in seeds/<plan-id>.json.
// Every value keeps the text as the document writes it beside any parsed value,
// so a clerk can always see what the source said.
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期须为 YYYY-MM-DD');
const hhmm = z.string().regex(/^\d{2}:\d{2}$/, '时间须为 HH:MM');

export const unitKinds = ['department', 'hospital', 'office', 'government', 'other'] as const;
export const unitRoles = ['lead', 'cooperating', 'responsible'] as const;
export const deadlineKinds = ['date', 'month', 'year', 'ongoing', 'none'] as const;

/** 完成时限: dueOn is the last day the deadline allows (month → its last day, year → 12-31). */
export const seedDeadline = z.strictObject({
  kind: z.enum(deadlineKinds),
  text: z.string(), // as written, e.g. "8月11日前", "2017年底前", "全程"
  dueOn: isoDate.optional(),
  dueTime: hhmm.optional(),
  startOn: isoDate.optional(),
});

export const seedUnit = z.strictObject({
  name: z.string().min(1), // canonical name within the plan's scope
  kind: z.enum(unitKinds),
  aliases: z.array(z.string().min(1)).optional(), // other names this document uses for it
});

export const seedUnitRef = z.strictObject({
  name: z.string().min(1), // a name or alias from units[]
  role: z.enum(unitRoles),
});

export type SeedTask = {
  code: string;
  title: string;
  body?: string;
  deadline?: z.infer<typeof seedDeadline>;
  unitsText?: string;
  units?: z.infer<typeof seedUnitRef>[];
  groups?: string[];
  caution?: string;
  children?: SeedTask[];
};

export const seedTask: z.ZodType<SeedTask> = z.lazy(() =>
  z.strictObject({
    code: z.string(), // 序号 as written: "（一）", "1.", "27"
    title: z.string().min(1),
    body: z.string().optional(),
    deadline: seedDeadline.optional(),
    unitsText: z.string().optional(), // the unit clause as written
    units: z.array(seedUnitRef).optional(),
    groups: z.array(z.string()).optional(), // working-group names (责任组)
    caution: z.string().optional(), // shown to the clerk, e.g. doubtful in a scrambled copy
    children: z.array(seedTask).optional(),
  }),
);

export const seedRosterEntry = z.strictObject({
  role: z.enum(['leader', 'deputyLeader', 'member']),
  person: z.string().optional(),
  post: z.string().optional(),
  unit: z.string().optional(),
});

export const seedSupervisionTeam = z.strictObject({
  name: z.string(),
  hospital: z.string(), // a unit name of kind hospital
  membersText: z.string().optional(),
});

export const seedGroup = z.strictObject({
  code: z.string(),
  name: z.string(),
  leadUnitsText: z.string().optional(),
  leadUnits: z.array(z.string()).optional(),
  memberUnitsText: z.string().optional(),
  memberUnits: z.array(z.string()).optional(),
  duties: z.string().optional(), // 工作职责, as written
  dutyTasks: z.array(seedTask).optional(), // numbered duties of the duty table
  roster: z.array(seedRosterEntry).optional(),
  rosterMembersText: z.string().optional(),
  supervisionTeams: z.array(seedSupervisionTeam).optional(),
});

export const seedTarget = z.strictObject({
  year: z.number().int(),
  text: z.string(),
  value: z.number().nullable().optional(),
  comparator: z.enum(['<', '<=', '>', '>=', '=']).nullable().optional(),
});

export const seedIndicator = z.strictObject({
  code: z.string(), // the document's 序号, as written (may repeat)
  category: z.string().optional(), // 一级指标
  name: z.string(),
  unitLabel: z.string().optional(),
  baseline: z
    .strictObject({ year: z.number().int(), text: z.string(), value: z.number().nullable().optional() })
    .optional(),
  targets: z.array(seedTarget),
  direction: z.enum(['higher', 'lower', 'none']),
  responsibleUnitsText: z.string().optional(),
  responsibleUnits: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export const seedReportingPhase = z.strictObject({
  name: z.string(),
  frequency: z.enum(['daily', 'weekly', 'monthly']),
  startOn: isoDate,
  endOn: isoDate.nullable(),
  dueTime: hhmm.optional(),
  text: z.string().optional(),
});

export const seedRegime = z.strictObject({
  name: z.string(),
  startOn: isoDate,
  text: z.string(),
  phases: z.array(seedReportingPhase).min(1),
  reportingUnits: z.array(z.string()), // unit names
  reportingGroups: z.array(z.string()).optional(), // working-group names
  recipient: z.string(), // unit name the reports go to
  summaries: z.array(
    z.strictObject({ frequency: z.enum(['daily', 'weekly', 'monthly']), to: z.array(z.string()), text: z.string() }),
  ),
  incidentRule: z.string().optional(),
});

export const seedPhase = z.strictObject({
  name: z.string(),
  startOn: isoDate,
  endOn: isoDate,
  text: z.string(),
  milestones: z.array(z.string()).optional(),
});

export const seedPlan = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  docNumber: z.string(),
  issuer: z.string(),
  issuedOn: isoDate,
  publishedOn: isoDate.optional(),
  scope: z.string(), // the district or city whose units these are: "巴南区", "重庆市"
  sourceFile: z.string(), // path under seeds/
  caution: z.string().optional(),
  units: z.array(seedUnit),
  tasks: z.array(seedTask),
  groups: z.array(seedGroup).optional(),
  timeline: z.array(seedTask).optional(),
  indicators: z.array(seedIndicator).optional(),
  regime: seedRegime.optional(),
  phases: z.array(seedPhase).optional(),
});

export type SeedPlan = z.infer<typeof seedPlan>;
