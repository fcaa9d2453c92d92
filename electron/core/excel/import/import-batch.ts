// A batch of returned templates: read one file at a time with progress, keep the changed ones
// waiting for the clerk's word, and write those the clerk confirms.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { FileResultDto, ImportReportDto } from '../../../shared/imports';
import type { Db } from '../../db/open';
import type { Job } from '../../jobs';
import { writeSubmission, type SubmissionWrite } from '../../reporting/submit';
import { readTemplate, type IncomingFile, type TemplateImportOptions } from './template-import';
import { newBatchMemo } from './identify-template';

type Waiting = { db: Db; at: number; writes: Map<string, { write: SubmissionWrite; result: FileResultDto }> };
const waiting = new Map<string, Waiting>();
const keepFor = 2 * 60 * 60 * 1000;

export async function importTemplates(db: Db, files: IncomingFile[], options: TemplateImportOptions, job: Job): Promise<ImportReportDto> {
  for (const [id, w] of waiting) if (Date.now() - w.at > keepFor) waiting.delete(id);
  const batchId = randomUUID();
  const batch: Waiting = { db, at: Date.now(), writes: new Map() };
  const results: FileResultDto[] = [];
  let cancelled = false;
  const memo = newBatchMemo();
  for (const [i, file] of files.entries()) {
    try {
      await job.step(i, files.length, file.name);
    } catch (e) {
      if (e instanceof AppError && e.code === 'cancelled') {
        cancelled = true;
        break;
      }
      throw e;
    }
    const { result, pending } = readTemplate(db, file, { ...options, memo });
    results.push(result);
    if (pending) batch.writes.set(file.name, { write: pending, result });
  }
  if (!cancelled) await job.step(files.length, files.length, '').catch(() => {});
  if (batch.writes.size) waiting.set(batchId, batch);
  return { batchId, results, cancelled };
}

/** Writes the changed files the clerk confirmed; each in its own transaction. */
export function overwriteChanged(db: Db, batchId: string, fileNames: string[]): FileResultDto[] {
  const batch = waiting.get(batchId);
  if (!batch || batch.db !== db) throw new AppError('not_found', '这批导入已过期，请重新导入这些文件');
  const out: FileResultDto[] = [];
  for (const name of fileNames) {
    const item = batch.writes.get(name);
    if (!item) throw new AppError('not_found', `“${name}”不在待确认的文件中`);
    writeSubmission(db, item.write);
    batch.writes.delete(name);
    out.push({ ...item.result, status: 'imported' });
  }
  if (batch.writes.size === 0) waiting.delete(batchId);
  return out;
}
