// 联系人: each unit and each working group names the people the office calls about its work
// (name, post, office phone, mobile). They show wherever the owner appears and go into every
// 交办清单 and 督办通知. An owner's list is replaced as a whole, in the clerk's order.
import type { ContactDto, ContactOwnerDto, Owner } from '../../shared/assignments';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { groupBy } from '../plans/plan-queries';
import { currentActor } from '../settings/settings';

type Row = { unit_id: number | null; group_id: number | null; name: string; post: string | null; office_phone: string | null; mobile: string | null };
const toDto = (r: Row): ContactDto => ({ name: r.name, post: r.post, officePhone: r.office_phone, mobile: r.mobile });
const key = (o: Owner) => `${o.kind}:${o.id}`;

/** Every owner's contacts, keyed 'unit:3' / 'group:7'; one query. */
export function contactsByOwner(db: Db): Map<string, ContactDto[]> {
  const rows = db.prepare('SELECT unit_id, group_id, name, post, office_phone, mobile FROM contacts ORDER BY position, id').all() as Row[];
  const grouped = groupBy(rows, (r) => (r.unit_id !== null ? `unit:${r.unit_id}` : `group:${r.group_id}`));
  return new Map([...grouped].map(([k, list]) => [k, list.map(toDto)]));
}

export const contactsOf = (all: Map<string, ContactDto[]>, owner: Owner): ContactDto[] => all.get(key(owner)) ?? [];

/** One owner's contacts, by its own index. */
export function ownerContacts(db: Db, owner: Owner): ContactDto[] {
  const column = owner.kind === 'unit' ? 'unit_id' : 'group_id';
  return (db.prepare(`SELECT unit_id, group_id, name, post, office_phone, mobile FROM contacts WHERE ${column} = ? ORDER BY position, id`).all(owner.id) as Row[]).map(toDto);
}

/**
 * A unit or a working group named as a clerk writes it: `kind` says which; without it a group of
 * the plan comes first, then a unit by its name or any alias.
 */
export function findOwner(db: Db, planId: string | null, name: string, kind?: Owner['kind']): Owner | undefined {
  if (kind !== 'unit') {
    const group = db.prepare('SELECT id FROM working_groups WHERE plan_id = ? AND name = ?').pluck().get(planId, name) as number | undefined;
    if (group !== undefined) return { kind: 'group', id: group };
    if (kind === 'group') return undefined;
  }
  const unit = db.prepare('SELECT id FROM units WHERE name = ? UNION SELECT unit_id FROM unit_aliases WHERE alias = ? LIMIT 1').pluck().get(name, name) as number | undefined;
  return unit === undefined ? undefined : { kind: 'unit', id: unit };
}

/** Units first (by name), then each plan's groups in the plan's order. */
export function listContactOwners(db: Db): ContactOwnerDto[] {
  const all = contactsByOwner(db);
  const units = db.prepare(`SELECT id, name FROM units ORDER BY kind = 'office' DESC, name`).all() as { id: number; name: string }[];
  const groups = db
    .prepare('SELECT g.id, g.name, g.plan_id, p.title FROM working_groups g JOIN plans p ON p.id = g.plan_id ORDER BY p.id, g.position')
    .all() as { id: number; name: string; plan_id: string; title: string }[];
  return [
    ...units.map((u) => ({ kind: 'unit' as const, id: u.id, name: u.name, planId: null, planTitle: null, contacts: contactsOf(all, { kind: 'unit', id: u.id }) })),
    ...groups.map((g) => ({ kind: 'group' as const, id: g.id, name: g.name, planId: g.plan_id, planTitle: g.title, contacts: contactsOf(all, { kind: 'group', id: g.id }) })),
  ];
}

/** The owners a plan's roster workbook lists: its groups, then the units it names (the office first). */
export function planContactOwners(db: Db, planId: string): ContactOwnerDto[] {
  const all = listContactOwners(db);
  const units = new Set(db.prepare('SELECT unit_id FROM plan_units WHERE plan_id = ?').pluck().all(planId) as number[]);
  return [...all.filter((o) => o.kind === 'group' && o.planId === planId), ...all.filter((o) => o.kind === 'unit' && units.has(o.id))];
}

/** The owner's name, or a refusal naming what is missing. */
export function ownerName(db: Db, owner: Owner): string {
  const name = db.prepare(owner.kind === 'unit' ? 'SELECT name FROM units WHERE id = ?' : 'SELECT name FROM working_groups WHERE id = ?').pluck().get(owner.id) as
    | string
    | undefined;
  if (name === undefined) throw new AppError('not_found', `找不到编号为 ${owner.id} 的${owner.kind === 'unit' ? '单位' : '工作组'}，它可能已被合并或删除。`);
  return name;
}

/** Replaces the owner's contacts inside the caller's transaction; returns what it wrote. */
export type ContactInput = { name: string; post?: string | null; officePhone?: string | null; mobile?: string | null };

export function writeContacts(db: Db, owner: Owner, contacts: ContactInput[]): { before: ContactDto[]; after: ContactDto[] } {
  const before = ownerContacts(db, owner);
  const column = owner.kind === 'unit' ? 'unit_id' : 'group_id';
  db.prepare(`DELETE FROM contacts WHERE ${column} = ?`).run(owner.id);
  const insert = db.prepare(`INSERT INTO contacts (${column}, name, post, office_phone, mobile, position) VALUES (?, ?, ?, ?, ?, ?)`);
  const blank = (s: string | null | undefined) => (s ? s : null);
  contacts.forEach((c, i) => insert.run(owner.id, c.name, blank(c.post), blank(c.officePhone), blank(c.mobile), i));
  return { before, after: ownerContacts(db, owner) };
}

export function setContacts(db: Db, owner: Owner, contacts: ContactInput[]): ContactOwnerDto {
  return db.transaction(() => {
    const name = ownerName(db, owner);
    const { before, after } = writeContacts(db, owner, contacts);
    writeAudit(db, { actor: currentActor(db), action: 'update', entity: 'contacts', entityId: owner.id, before: { ...owner, name, contacts: before }, after: { ...owner, name, contacts: after } });
    const plan = owner.kind === 'group'
      ? (db.prepare('SELECT p.id, p.title FROM working_groups g JOIN plans p ON p.id = g.plan_id WHERE g.id = ?').get(owner.id) as { id: string; title: string })
      : null;
    return { ...owner, name, planId: plan?.id ?? null, planTitle: plan?.title ?? null, contacts: after };
  })();
}
