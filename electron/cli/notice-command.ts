// extract --text 文件 [--json] [--db 数据文件]: a notice read into a draft plan, from a terminal.
// Needs no database; with --db the units are matched to its registry, as the review screen does.
import { statSync } from 'node:fs';
import { startCore } from '../core/app-core';
import { incomingFromPaths } from '../core/files/incoming';
import { extractNotice } from '../core/notice/extract';
import { readNoticeFile } from '../core/notice/read-file';
import { unitRegistry } from '../core/notice/registry';
import { flattenDraft, type NoticeDraft } from '../shared/notice';
import { AppError } from '../shared/errors';

type Io = { out: (s: string) => void; err: (s: string) => void };

/** The draft as the command prints it: every task in text order with its part and units by role. */
export function extractSummary(draft: NoticeDraft) {
  return {
    title: draft.title.value,
    issuer: draft.issuer.value,
    docNumber: draft.docNumber.value,
    issuedOn: draft.issuedOn.value,
    tasks: flattenDraft(draft.tasks).filter((x) => x.task.include).map(({ task, part }) => ({
      part: part ? `${part.code}${part.title}` : '',
      code: task.code,
      title: task.title,
      leadUnits: task.units.filter((u) => u.role === 'lead').map((u) => u.name),
      cooperatingUnits: task.units.filter((u) => u.role === 'cooperating').map((u) => u.name),
      responsibleUnits: task.units.filter((u) => u.role !== 'cooperating').map((u) => u.name),
      deadlineText: task.deadlineText,
    })),
  };
}

export async function extractCommand(file: string | undefined, db: string | undefined, json: boolean, io: Io): Promise<number> {
  if (!file) throw new AppError('invalid_input', '请用 --text 指定通知文件（.txt、.docx 或 .pdf）');
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new AppError('invalid_input', `${file} 是文件夹，请指定一个通知文件`);
  const text = await readNoticeFile(incomingFromPaths([file])[0]!);
  const core = db ? startCore(db, { mode: 'readonly' }) : null;
  try {
    const draft = core ? extractNotice(text, (scope) => unitRegistry(core.db, scope)) : extractNotice(text);
    const summary = extractSummary(draft);
    if (json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
    else {
      io.out(`${summary.title}\n${[summary.issuer, summary.docNumber, summary.issuedOn].filter(Boolean).join('\u3000')}\n`);
      for (const t of summary.tasks) {
        const units = [t.leadUnits.length ? `牵头：${t.leadUnits.join('、')}` : '', t.cooperatingUnits.length ? `配合：${t.cooperatingUnits.join('、')}` : '']
          .filter(Boolean).join('；');
        io.out(`${t.code} ${t.title}${units ? `（${units}）` : ''}${t.deadlineText ? `\u3000${t.deadlineText}` : ''}\n`);
      }
      io.out(`共 ${summary.tasks.length} 项；附件：${draft.annexes.map((a) => a.title).join('、') || '无'}\n`);
    }
    return 0;
  } finally {
    core?.close();
  }
}
