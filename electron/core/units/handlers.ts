// Handlers of the units area (contract/units.ts): units, group rosters and the audit log.
import type { unitsContract } from '../../shared/contract/units';
import { listAudit } from '../audit/audit-queries';
import { updateRoster } from '../groups/roster-edit';
import type { CoreContext, Handlers } from '../handlers';
import { mergeUnits, renameUnit } from './unit-edit';
import { listUnits } from './unit-queries';

export function unitsHandlers(ctx: CoreContext): Pick<Handlers, keyof typeof unitsContract> {
  const { db } = ctx;
  return {
    'units:list': () => listUnits(db),
    'units:rename': ({ unitId, name }) => renameUnit(db, unitId, name),
    'units:merge': ({ keepId, mergeId }) => mergeUnits(db, keepId, mergeId),
    'groups:updateRoster': ({ groupId, entries }) => updateRoster(db, groupId, entries),
    'audit:list': (filter) => listAudit(db, filter),
  };
}
