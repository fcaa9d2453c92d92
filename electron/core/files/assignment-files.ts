// The 交办督办 file channels: a list's workbooks into a folder, 督办通知 into a folder (each logged
// as sent once written), and a filled-in 联系人 sheet read back. Each steps its job between files.
import { join } from 'node:path';
import { contactLine, type ContactDto, type OverdueDto } from '../../shared/assignments';
import { AppError } from '../../shared/errors';
import { backupBeforeImport } from '../backup/backup-service';
import { followUpLevels, type FollowUpLevel } from '../../shared/followup';
import { contactsByOwner, contactsOf } from '../assignments/contacts';
import { getAssignmentList } from '../assignments/list-query';
import { logNotice } from '../assignments/notices-log';
import { listOverdue } from '../assignments/overdue';
import type { Db } from '../db/open';
import { overviewBook, recipientBook } from '../excel/assignment-book';
import { safeName } from '../excel/exports';
import { followUpNoticeDocx } from '../excel/followup-notice-docx';
import { importContacts } from '../excel/import/contacts-import';
import type { CoreContext, Handlers } from '../handlers';
import type { Job } from '../jobs';
import { getSettings } from '../settings/settings';
import { pickOneFile } from './incoming';
import { writeWhole } from './write-whole';

/** The office's own contacts: those of the unit that bears the office's name, if the directory has it. */
function officeContacts(db: Db): ContactDto[] {
  // Several districts' plans each name a 区医改办: the one whose contacts were filled in is ours.
  const id = db
    .prepare('SELECT u.id FROM units u WHERE u.name = ? ORDER BY EXISTS (SELECT 1 FROM contacts c WHERE c.unit_id = u.id) DESC, u.id LIMIT 1')
    .pluck().get(getSettings(db).officeName) as number | undefined;
  return id === undefined ? [] : contactsOf(contactsByOwner(db), { kind: 'unit', id });
}

/** Writes each file as it is made; a cancel stops before the next one and keeps what was written. */
async function intoFolder(folder: string, job: Job, total: number, make: (i: number) => Promise<{ fileName: string; data: Buffer; label: string } | null>, written: string[], after?: (i: number, fileName: string) => void) {
  try {
    for (let i = 0; i < total; i++) {
      const file = await make(i);
      if (!file) continue;
      await job.step(i, total, file.label);
      writeWhole(join(folder, file.fileName), file.data);
      written.push(file.fileName);
      after?.(i, file.fileName);
    }
    await job.step(total, total, '');
  } catch (e) {
    if (e instanceof AppError && e.code === 'cancelled') return true;
    throw e;
  }
  return false;
}

type Recipient = { owner: { kind: 'unit' | 'group'; id: number }; name: string; tasks: OverdueDto[] };

/** The chosen overdue tasks by lead; a task with two leads goes to each. */
function byLead(db: Db, asOf: string, taskIds: number[]): Recipient[] {
  const overdue = new Map(listOverdue(db, { asOf }).map((o) => [o.taskId, o]));
  const out = new Map<string, Recipient>();
  for (const id of [...new Set(taskIds)]) {
    const o = overdue.get(id);
    if (!o) {
      const title = db.prepare('SELECT title FROM tasks WHERE id = ?').pluck().get(id) as string | undefined;
      if (title === undefined) throw new AppError('not_found', `找不到编号为 ${id} 的任务，它可能已被删除。`);
      throw new AppError('invalid_input', `“${title.slice(0, 30)}”截至 ${asOf} 未逾期或已办结，不需督办，请从所选中去掉。`);
    }
    if (!o.leads.length) throw new AppError('invalid_input', `“${o.title.slice(0, 30)}”没有牵头单位或责任组，无法确定督办对象，请先在台账中补上。`);
    for (const l of o.leads) {
      const key = `${l.kind}:${l.id}`;
      const r = out.get(key) ?? { owner: { kind: l.kind, id: l.id }, name: l.name, tasks: [] };
      r.tasks.push(o);
      out.set(key, r);
    }
  }
  return [...out.values()];
}

const highest = (tasks: OverdueDto[]): FollowUpLevel => followUpLevels[Math.max(...tasks.map((t) => followUpLevels.indexOf(t.level)))]!;

export function assignmentFileHandlers({ db, dbPath }: CoreContext): Pick<Handlers, 'assignments:export' | 'followups:notices' | 'imports:contacts'> {
  return {
    'assignments:export': async ({ listId }, { adapter, job }) => {
      const list = getAssignmentList(db, listId);
      if (list.status !== 'issued') throw new AppError('conflict', '清单尚未交办：请先点“交办”，再导出发给各单位的清单。');
      const folder = await adapter.chooseFolder();
      if (!folder) return { folder: null, files: [], cancelled: false };
      const office = getSettings(db).officeName;
      const contacts = officeContacts(db).map(contactLine).join('；');
      const written: string[] = [];
      const cancelled = await intoFolder(folder, job, list.recipients.length + 1, async (i) => {
        const r = list.recipients[i];
        const file = r ? await recipientBook(list, r, office, contacts) : await overviewBook(list, office);
        return { ...file, label: r?.name ?? '总览' };
      }, written);
      return { folder, files: written, cancelled };
    },
    'followups:notices': async (input, { adapter, job }) => {
      const recipients = byLead(db, input.asOf, input.taskIds);
      const folder = await adapter.chooseFolder();
      if (!folder) return { folder: null, files: [], cancelled: false };
      const office = getSettings(db).officeName;
      const fromOffice = officeContacts(db);
      const number = (i: number) => (input.docPrefix ? `${input.docPrefix}${(input.firstNumber ?? 1) + i}号` : null);
      const written: string[] = [];
      const cancelled = await intoFolder(folder, job, recipients.length, async (i) => {
        const r = recipients[i]!;
        const level = highest(r.tasks);
        const data = await followUpNoticeDocx({ office, officeContacts: fromOffice, recipient: r.name, level, docNumber: number(i), asOf: input.asOf, issuedOn: input.issuedOn, replyBy: input.replyBy, tasks: r.tasks });
        return { fileName: safeName(`督办通知_${r.name}_${input.issuedOn}.docx`), data, label: r.name };
      }, written, (i, fileName) => {
        const r = recipients[i]!;
        db.transaction(() => logNotice(db, {
          owner: r.owner, recipient: r.name, level: highest(r.tasks), docNumber: number(i), asOf: input.asOf, issuedOn: input.issuedOn,
          replyBy: input.replyBy, fileName, tasks: r.tasks.map((t) => ({ taskId: t.taskId, daysLate: t.daysLate })),
        }))();
      });
      return { folder, files: written, cancelled };
    },
    'imports:contacts': async (input, { adapter, job }) => {
      const file = await pickOneFile(input, adapter, '联系人表');
      if (!file) return null;
      await job.step(0, 1, file.name);
      await backupBeforeImport(db, dbPath);
      return importContacts(db, input.planId, file);
    },
  };
}
