// A returned 交办清单: identified by its very hidden identity sheet, every filled cell read as the
// clerk typed it and checked by the same rules as the 签收 and 反馈 forms, then written in one
// transaction (all of the file or none of it). Verdicts: imported, duplicate (everything in it is
// already recorded), rejected (why, by cell).
import type * as XLSX from 'xlsx';
import type { FeedbackStatus } from '../../../shared/assignments';
import { localStamp, todayIso } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';
import type { CellProblem, FileResultDto } from '../../../shared/imports';
import { getAssignmentList } from '../../assignments/list-query';
import { checkFeedback, readSignedAt, writeFeedback, writeSign, type FeedbackWrite } from '../../assignments/receipts';
import type { Db } from '../../db/open';
import { assignmentMark, assignmentVersion, inputColumns, itemsFor } from '../assignment-book';
import { cellDay, cellStamp } from './cell-dates';
import { readIdentity, RejectedFile } from './identify-template';
import { cellRef, cellText, readCell, type Book } from './read-book';
import type { IncomingFile } from './template-import';

const reject = (message: string, cell?: string) => new RejectedFile(message, cell ?? null);

/** 已办结 and the words clerks use for it; 推进中 likewise. */
function readStatus(text: string): FeedbackStatus | null {
  const s = text.replace(/\s+/g, '');
  if (/^(已?办结|已?完成|完毕|已落实)$/.test(s)) return 'done';
  if (/^(推进中|正在推进|进行中|办理中|正在办理|未完成)$/.test(s)) return 'in_progress';
  return null;
}

function parseRows(text: string | undefined): Map<number, number> {
  let map: unknown;
  try {
    map = JSON.parse(text ?? '');
  } catch {
    throw reject('清单信息页已损坏，请重新发送交办清单');
  }
  if (typeof map !== 'object' || map === null) throw reject('清单信息页已损坏，请重新发送交办清单');
  const out = new Map<number, number>();
  for (const [row, itemId] of Object.entries(map)) {
    if (!/^\d+$/.test(row) || typeof itemId !== 'number') throw reject('清单信息页已损坏，请重新发送交办清单');
    out.set(Number(row), itemId);
  }
  return out;
}

export function readAssignmentReturn(db: Db, file: IncomingFile, book: Book, identitySheet: XLSX.WorkSheet, result: FileResultDto, expectedPlan?: string): void {
  const id = readIdentity(identitySheet);
  if (id.get('template') !== assignmentMark) throw reject('不是本程序发出的交办清单');
  if (Number(id.get('version')) > assignmentVersion) throw reject('清单由更新版本的程序生成，请升级后再导入');
  const listId = Number(id.get('listId'));
  let list;
  try {
    list = getAssignmentList(db, listId);
  } catch {
    throw reject(`交办清单${id.get('number') ?? ''}不在本数据文件中（可能已被删除）`);
  }
  const recipient = list.recipients.find((r) => String(r.recipientId) === id.get('recipientId'));
  if (!recipient) throw reject(`“${id.get('recipient') ?? ''}”已不是交办清单${list.number}的承办单位`);
  Object.assign(result, { planId: list.planId, unit: recipient.name, periodLabel: `交办清单${list.number}` });
  if (expectedPlan && list.planId !== expectedPlan) throw reject(`这是另一个方案的交办清单（${list.planTitle ?? ''}），不属于当前方案`);
  if (list.status !== 'issued') throw reject(`交办清单${list.number}尚未交办`);
  const ws = book.sheet('交办清单');
  if (!ws) throw reject('工作簿中没有“交办清单”工作表');
  const rows = parseRows(id.get('rows'));
  const mine = new Map(itemsFor(list, recipient).map((i) => [i.id, i]));
  const year = Number(list.assignedOn.slice(0, 4));
  const problems: CellProblem[] = [];
  const saved = file.modifiedAt < localStamp() ? file.modifiedAt : localStamp();
  const feedback: Omit<FeedbackWrite, 'source' | 'sourceFile'>[] = [];

  for (const [row, itemId] of rows) {
    const item = mine.get(itemId);
    if (!item) throw reject(`第 ${row} 行的事项已不在交办给${recipient.name}的清单中，请重新发送交办清单`);
    if (cellText(ws, cellRef(row, 1)) !== String(item.position)) throw reject(`第 ${row} 行应为第 ${item.position} 项，表格被改动过`, cellRef(row, 1));
    const text = readCell(ws, cellRef(row, inputColumns.feedback));
    const statusCell = cellRef(row, inputColumns.status);
    const dateCell = cellRef(row, inputColumns.reportedOn);
    const statusText = cellText(ws, statusCell);
    const day = cellDay(readCell(ws, dateCell), year);
    if (text.kind === 'empty') {
      if (statusText || day) problems.push({ cell: cellRef(row, inputColumns.feedback), message: `第 ${item.position} 项填了状态或日期，但没有填写办理情况` });
      continue;
    }
    if (text.kind !== 'text' && text.kind !== 'number') {
      problems.push({ cell: cellRef(row, inputColumns.feedback), message: `第 ${item.position} 项的办理情况${text.kind === 'formula' ? '是公式' : '无法识别'}，请填写文字` });
      continue;
    }
    const status = statusText ? readStatus(statusText) : 'in_progress';
    if (!status) problems.push({ cell: statusCell, message: `第 ${item.position} 项的办理状态“${statusText.slice(0, 10)}”无法识别，请填“推进中”或“已办结”` });
    if (day === 'bad') problems.push({ cell: dateCell, message: `第 ${item.position} 项的反馈日期无法识别，请写成 ${todayIso()} 的样子` });
    if (!status || day === 'bad') continue;
    const body = String(text.value).trim().slice(0, 2000);
    feedback.push({ itemId, recipientId: recipient.recipientId, reportedOn: day ?? saved.slice(0, 10), body, status });
  }

  const byCell = id.get('signedByCell') ?? '';
  const atCell = id.get('signedAtCell') ?? '';
  const signedBy = /^[A-Z]{1,3}\d{1,5}$/.test(byCell) ? cellText(ws, byCell).slice(0, 40) : '';
  const at = /^[A-Z]{1,3}\d{1,5}$/.test(atCell) ? cellStamp(readCell(ws, atCell), year) : null;
  if (at === 'bad') problems.push({ cell: atCell, message: `签收时间无法识别，请写成 ${todayIso()} 09:30 的样子` });
  if (at && at !== 'bad' && !signedBy) problems.push({ cell: byCell, message: '填了签收时间，但没有填写签收人' });
  let sign: { signedAt: string; signedBy: string } | null = null;
  if (signedBy && at !== 'bad') {
    try {
      sign = { signedBy, signedAt: readSignedAt(at ?? saved, list.assignedOn) };
      if (!at) result.notes.push(`签收时间未填写，按文件保存时间 ${saved.replace('T', ' ').slice(0, 16)} 记`);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      problems.push({ cell: atCell, message: e.message });
    }
  }
  if (!problems.length && !sign && !feedback.length) problems.push({ cell: null, message: '清单中没有填写签收或任何办理情况' });
  if (problems.length) {
    result.errors = problems;
    return;
  }

  // Notes of what was written join the verdict only once the transaction has committed.
  const written: string[] = [];
  db.transaction(() => {
    let wrote = 0;
    if (sign && (sign.signedAt !== recipient.signedAt || sign.signedBy !== recipient.signedBy)) {
      if (recipient.signedAt) written.push(`此前登记的签收（${recipient.signedBy} ${recipient.signedAt.replace('T', ' ').slice(0, 16)}）已按文件更正`);
      writeSign(db, { recipientId: recipient.recipientId, ...sign, source: 'import' });
      written.push(`签收：${sign.signedBy} ${sign.signedAt.replace('T', ' ').slice(0, 16)}`);
      wrote++;
    }
    for (const f of feedback) {
      const position = mine.get(f.itemId)!.position;
      let checked;
      try {
        checked = checkFeedback(db, f);
      } catch (e) {
        if (e instanceof AppError) throw new RejectedFile(e.message, cellRef([...rows].find(([, i]) => i === f.itemId)![0], inputColumns.feedback));
        throw e;
      }
      if (checked.duplicate) continue;
      writeFeedback(db, { ...f, source: 'import', sourceFile: file.name }, checked);
      written.push(`第 ${position} 项：${f.reportedOn} 反馈（${f.status === 'done' ? '已办结' : '推进中'}）`);
      wrote++;
    }
    result.status = wrote ? 'imported' : 'duplicate';
  })();
  result.notes.push(...written);
}
