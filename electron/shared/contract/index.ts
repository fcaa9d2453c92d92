// The one contract between the renderer and the core. Each channel is named
// `area:verb` and declares its zod input schema and its result type here; the
// preload, the IPC registration, the CLI and the test harness are all derived
// from this table, and core/handlers.ts must implement every entry (a missing
// handler is a compile error).
// The table is split by area (contract/<area>.ts); this file spreads them into the one table.
import { z } from 'zod';
import { channelNames, type ApiError, type ChannelName, type Envelope, type ProgressEvent } from '../channels';
import type { AppInfo, GroupDto, IndicatorDto, PlanDetail, PlanSummary, RegimeDto, Settings } from '../dto';
import { personName, planId, returns } from './common';
import { auditFilesContract, unitsContract } from './units';
import { ledgerContract } from './ledger';
import { reportingContract } from './reporting';
import { indicatorsContract } from './indicators';
import { summaryContract } from './summary';
import { exportsContract } from './exports';
import { assignmentFilesContract, assignmentsContract } from './assignments';
import { noticeFilesContract, noticesContract } from './notices';
import { backupFilesContract, backupsContract } from './backups';

/** A light setting in whole days, 0…90. */
const lightDays = (what: string) =>
  z.number({ error: `${what}应为 0 到 90 之间的整数` }).int(`${what}应为 0 到 90 之间的整数`)
    .min(0, `${what}应为 0 到 90 之间的整数`).max(90, `${what}应为 0 到 90 之间的整数`);

const levelDays = (what: string) =>
  z.number({ error: `${what}应为 1 到 365 之间的整数` }).int(`${what}应为 1 到 365 之间的整数`)
    .min(1, `${what}应为 1 到 365 之间的整数`).max(365, `${what}应为 1 到 365 之间的整数`);
/** The 督办 thresholds: each level starts later than the one before. */
const followUpDays = z
  .strictObject({ remind: levelDays('提醒天数'), urge: levelDays('督办天数'), notify: levelDays('通报天数') })
  .refine((d) => d.remind < d.urge && d.urge < d.notify, '督办天数应多于提醒天数，通报天数应多于督办天数');

export const contract = {
  'app:info': { input: z.strictObject({}), result: returns<AppInfo>() },
  'plans:list': { input: z.strictObject({}), result: returns<PlanSummary[]>() },
  'plans:get': { input: z.strictObject({ planId }), result: returns<PlanDetail>() },
  'plans:source': { input: z.strictObject({ planId }), result: returns<{ fileName: string | null; text: string }>() },
  'groups:list': { input: z.strictObject({ planId }), result: returns<GroupDto[]>() },
  'indicators:list': { input: z.strictObject({ planId }), result: returns<IndicatorDto[]>() },
  'reporting:regime': { input: z.strictObject({ planId }), result: returns<RegimeDto | null>() },
  'settings:get': { input: z.strictObject({}), result: returns<Settings>() },
  'settings:update': {
    input: z.strictObject({
      officeName: z.string().trim().min(1, '填报单位不能为空').max(60, '填报单位不超过 60 个字'),
      clerkName: personName,
      dueSoonDays: lightDays('临期提醒天数').optional(),
      staleDays: lightDays('久未更新天数').optional(),
      followUpDays: followUpDays.optional(),
    }),
    result: returns<Settings>(),
  },
  ...ledgerContract,
  ...unitsContract,
  ...reportingContract,
  ...indicatorsContract,
  ...summaryContract,
  ...exportsContract,
  ...assignmentsContract,
  ...assignmentFilesContract,
  ...noticesContract,
  ...noticeFilesContract,
  ...backupsContract,
  ...backupFilesContract,
  ...auditFilesContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Result<C extends Channel> = Contract[C]['result'];

export const channels: readonly Channel[] = channelNames;

// Compile-time proof that channels.ts lists exactly the contract's channels.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListMatches: Same<Channel, ChannelName> = true;
void channelListMatches;

export type { ApiError, Envelope };

/** The shape of window.api: one method per channel, grouped by area. */
type AreaOf<C> = C extends `${infer A}:${string}` ? A : never;
type VerbOf<C, A extends string> = C extends `${A}:${infer V}` ? V : never;
export type Api = {
  [A in AreaOf<Channel>]: {
    [V in VerbOf<Channel, A>]: (input: Input<`${A}:${V}` & Channel>) => Promise<Envelope<Result<`${A}:${V}` & Channel>>>;
  };
} & {
  /** Named subscriptions; each returns the function that ends it. */
  events: { progress: (listener: (p: ProgressEvent) => void) => () => void };
};
