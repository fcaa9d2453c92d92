// The contract's implementation. Each handler takes parsed input and returns the result
// type the contract declares; `Handlers` is a mapped type over every channel, so a channel
// without a handler does not compile.
import type { Channel, ParsedInput, Result } from '../shared/contract';
import type { FileChannel } from '../shared/contract/exports';
import type { FileIo } from './dispatch';
import { fileHandlers } from './files/handlers';
import type { Db } from './db/open';
import { schemaVersion } from './db/open';
import { listGroups } from './groups/group-queries';
import { listIndicators } from './indicators/indicator-queries';
import { ledgerHandlers } from './ledger/handlers';
import { getPlanDetail, getPlanSource, listPlans } from './plans/plan-queries';
import { getRegime } from './reporting/regime-queries';
import { getSettings, updateSettings } from './settings/settings';
import { unitsHandlers } from './units/handlers';
import { reportingHandlers } from './reporting/handlers';
import { indicatorsHandlers } from './indicators/handlers';
import { summaryHandlers } from './summary/handlers';
import { assignmentsHandlers } from './assignments/handlers';
import { assignmentFileHandlers } from './files/assignment-files';
import { noticeHandlers } from './notice/handlers';
import { backupHandlers } from './backup/handlers';

export type CoreContext = { db: Db; dbPath: string; version: string };

/** A file channel's handler runs as a job with the adapter's file access. */
export type Handlers = {
  [C in Channel]: C extends FileChannel ? (input: ParsedInput<C>, io: FileIo) => Promise<Result<C>> : (input: ParsedInput<C>) => Result<C>;
};
export type FileHandler = (input: unknown, io: FileIo) => Promise<unknown>;

export function createHandlers(ctx: CoreContext): Handlers {
  const { db } = ctx;
  return {
    'app:info': () => ({ version: ctx.version, dbPath: ctx.dbPath, schemaVersion: schemaVersion(db) }),
    'plans:list': () => listPlans(db),
    'plans:get': ({ planId }) => getPlanDetail(db, planId),
    'plans:source': ({ planId }) => getPlanSource(db, planId),
    'groups:list': ({ planId }) => listGroups(db, planId),
    'indicators:list': ({ planId }) => listIndicators(db, planId),
    'reporting:regime': ({ planId }) => getRegime(db, planId),
    'settings:get': () => getSettings(db),
    'settings:update': (input) => updateSettings(db, input),
    ...ledgerHandlers(ctx),
    ...unitsHandlers(ctx),
    ...reportingHandlers(ctx),
    ...indicatorsHandlers(ctx),
    ...summaryHandlers(ctx),
    ...fileHandlers(ctx),
    ...assignmentsHandlers(ctx),
    ...assignmentFileHandlers(ctx),
    ...noticeHandlers(ctx),
    ...backupHandlers(ctx),
  };
}
