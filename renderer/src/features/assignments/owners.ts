// Who a list can go to: the units of the plan's district and the working groups (the plan's own,
// or every plan's for the standing plan), as one option list keyed 'unit:12' / 'group:5'.
import { useEffect, useState } from 'react';
import type { ContactOwnerDto, Owner } from '../../../../electron/shared/assignments';
import type { UnitDto } from '../../../../electron/shared/dto';
import { assignmentsApi } from '../../api';
import { loadUnits } from '../../components/UnitPicker';

export type OwnerOption = { value: string; label: string; name: string };
export const ownerKey = (o: Owner) => `${o.kind}:${o.id}`;
export const ownerOf = (key: string): Owner => {
  const [kind, id] = key.split(':');
  return { kind: kind === 'group' ? 'group' : 'unit', id: Number(id) };
};

export function useOwnerOptions(planId: string | null, scope: string | null): OwnerOption[] {
  const [units, setUnits] = useState<UnitDto[]>([]);
  const [owners, setOwners] = useState<ContactOwnerDto[]>([]);
  useEffect(() => {
    void loadUnits().then(setUnits, () => setUnits([]));
    void assignmentsApi.contacts().then(setOwners, () => setOwners([]));
  }, []);
  const groups = owners.filter((o) => o.kind === 'group' && (!planId || o.planId === planId));
  return [
    ...groups.map((g) => ({ value: ownerKey(g), label: planId ? `${g.name}（工作组）` : `${g.name}（${g.planTitle ?? ''}）`, name: g.name })),
    ...units.filter((u) => !scope || u.scope === scope).map((u) => ({ value: `unit:${u.id}`, label: scope ? u.name : `${u.name}（${u.scope}）`, name: u.name })),
  ];
}
