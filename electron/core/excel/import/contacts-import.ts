// A 联系人 sheet read back (as the roster workbook writes it, or typed by a clerk with the same
// headers): each row a person of a unit or of one of the plan's working groups. Every owner named
// with at least one person gets its contacts replaced, in the sheet's order, all in one
// transaction; any problem, by cell, and nothing is written.
import type { ContactsImportDto, Owner } from '../../../shared/assignments';
import { writeAudit } from '../../audit/audit';
import { findOwner, writeContacts, type ContactInput } from '../../assignments/contacts';
import type { Db } from '../../db/open';
import { currentActor } from '../../settings/settings';
import { contactsSpec } from '../reports/group-reports';
import { cellRef, cellText, checkSize, readBook } from './read-book';
import type { IncomingFile } from './template-import';

const headers = Object.fromEntries(contactsSpec.columns.map((c) => [c.key, c.header])) as Record<string, string>;

export function importContacts(db: Db, planId: string, file: IncomingFile): ContactsImportDto {
  const out: ContactsImportDto = { fileName: file.name, owners: 0, contacts: 0, problems: [] };
  checkSize(file.size);
  const book = readBook(file.read());
  const ws = book.sheet('联系人') ?? book.sheet(book.names[0] ?? '');
  if (!ws) return { ...out, problems: [{ cell: null, message: '工作簿中没有工作表' }] };
  // The header row: the first of the top rows that holds 单位或工作组 and 联系人.
  let header = 0;
  const col: Record<string, number> = {};
  for (let r = 1; r <= 10 && !header; r++) {
    for (let c = 1; c <= 12; c++) {
      const key = Object.keys(headers).find((k) => headers[k] === cellText(ws, cellRef(r, c)));
      if (key) col[key] = c;
    }
    if (col.owner && col.name) header = r;
    else for (const k of Object.keys(col)) delete col[k];
  }
  if (!header) return { ...out, problems: [{ cell: null, message: '找不到“单位或工作组”“联系人”两列的表头，请使用导出的工作组名单中的“联系人”表' }] };

  const owners = new Map<string, { owner: Owner; name: string; contacts: ContactInput[] }>();
  let blankRun = 0;
  for (let r = header + 1; blankRun < 20 && r < header + 5000; r++) {
    const text = (key: string, max: number) => (col[key] ? cellText(ws, cellRef(r, col[key])).slice(0, max) : '');
    const ownerName = text('owner', 60);
    const person = text('name', 40);
    if (!ownerName && !person) {
      blankRun++;
      continue;
    }
    blankRun = 0;
    if (!person) continue; // an owner still without contacts: left as it is
    if (!ownerName) {
      out.problems.push({ cell: cellRef(r, col.owner!), message: `“${person}”没有填写所属单位或工作组` });
      continue;
    }
    const kindText = text('kind', 10);
    const kind = kindText === '工作组' ? 'group' : kindText === '单位' ? 'unit' : undefined;
    const owner = findOwner(db, planId, ownerName, kind);
    if (!owner) {
      const asGroup = kind === 'group';
      out.problems.push({ cell: cellRef(r, col.owner!), message: `${asGroup ? '工作组' : '单位'}“${ownerName}”${asGroup ? '不在本方案中' : '不在单位名录中'}，请核对名称` });
      continue;
    }
    const key = `${owner.kind}:${owner.id}`;
    const entry = owners.get(key) ?? { owner, name: ownerName, contacts: [] };
    if (entry.contacts.length >= 20) out.problems.push({ cell: cellRef(r, col.name!), message: `“${ownerName}”的联系人超过 20 位` });
    entry.contacts.push({ name: person, post: text('post', 60) || null, officePhone: text('officePhone', 40) || null, mobile: text('mobile', 40) || null });
    owners.set(key, entry);
  }
  if (!out.problems.length && !owners.size) out.problems.push({ cell: null, message: '表中没有填写任何联系人' });
  if (out.problems.length) return out;
  db.transaction(() => {
    const actor = currentActor(db);
    for (const o of owners.values()) {
      const { before, after } = writeContacts(db, o.owner, o.contacts);
      writeAudit(db, { actor, action: 'update', entity: 'contacts', entityId: o.owner.id, before: { ...o.owner, name: o.name, contacts: before }, after: { ...o.owner, name: o.name, contacts: after, sourceFile: file.name } });
    }
  })();
  return { ...out, owners: owners.size, contacts: [...owners.values()].reduce((n, o) => n + o.contacts.length, 0) };
}
