// The one entry every adapter (IPC, CLI, test harness) goes through: validate the input
// against the contract, run the handler, and answer an envelope with a Chinese message.
// File channels (exports, templates, imports) run asynchronously through dispatchAsync as a job:
// the handler gets the adapter's file access — dialogs in the desktop shell, fixed folders in the
// harness, arguments in the CLI — and reports progress through it; the bytes never travel to the
// renderer.
import { channels, contract, type Channel, type Envelope } from '../shared/contract';
import type { ProgressEvent } from '../shared/channels';
import { fileChannels, type FileChannel } from '../shared/contract/exports';
import { AppError } from '../shared/errors';
import type { FileHandler, Handlers } from './handlers';
import { startJob, type Job } from './jobs';
import { exclusiveReason } from './backup/exclusive';
import { reasonOf } from './backup/fs-failure';

const known = new Set<string>(channels);
const files = new Set<string>(fileChannels);
/** What may run while a restore holds the database: nothing that writes or reads the data. */
const readsOnly = new Set<string>(['app:info', 'jobs:cancel', 'backups:list']);

export function isChannel(name: string): name is Channel {
  return known.has(name);
}

export const isFileChannel = (name: string): name is FileChannel => files.has(name);

/** What an adapter lets a file channel do. Each answers null when the clerk cancels the dialog. */
export type FileAdapter = {
  /** One file, where the clerk says (a save dialog); answers the path it was written to. */
  saveFile: (fileName: string, data: Buffer) => Promise<string | null>;
  /** A folder to write several files into, or to keep backups in. */
  chooseFolder: (purpose?: 'templates' | 'backups') => Promise<string | null>;
  /** Workbooks to read (picked files, or a folder), or one database file. */
  chooseFiles: (kind: 'files' | 'folder' | 'database') => Promise<string[] | null>;
  progress: (p: ProgressEvent) => void;
};
export type FileIo = { adapter: FileAdapter; job: Job };

type Parsed = { ok: true; channel: Channel; data: unknown };

/** Validates the input; while a restore holds the database, refuses all but the calls that touch no data. */
function parse(channel: string, rawInput: unknown): Parsed | Envelope<never> {
  if (!isChannel(channel)) return fail('unknown_channel', `未知的操作：${channel}`);
  const parsed = contract[channel].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `（${issue.path.join('.')}）` : '';
    const message = issue && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '输入内容不符合要求';
    return fail('invalid_input', `${message}${where}`);
  }
  const busy = exclusiveReason();
  if (busy && !readsOnly.has(channel)) return fail('busy', `${busy}，完成后再试。`);
  return { ok: true, channel, data: parsed.data };
}


export function dispatch(handlers: Handlers, channel: string, rawInput: unknown): Envelope<unknown> {
  const p = parse(channel, rawInput);
  return 'channel' in p ? runSync(handlers, p) : p;
}

function runSync(handlers: Handlers, p: Parsed): Envelope<unknown> {
  if (isFileChannel(p.channel)) return fail('needs_save', '此操作会生成文件，须在程序窗口或命令行的导出命令中进行');
  try {
    const handler = handlers[p.channel] as (input: unknown) => unknown;
    return { ok: true, value: handler(p.data) };
  } catch (e) {
    return failure(p.channel, e);
  }
}

export async function dispatchAsync(handlers: Handlers, channel: string, rawInput: unknown, adapter: FileAdapter): Promise<Envelope<unknown>> {
  const p = parse(channel, rawInput);
  if (!('channel' in p)) return p;
  if (!isFileChannel(p.channel)) return runSync(handlers, p);
  const job = startJob((p.data as { jobId?: string }).jobId, adapter.progress);
  try {
    return { ok: true, value: await (handlers[p.channel] as FileHandler)(p.data, { adapter, job }) };
  } catch (e) {
    return failure(p.channel, e);
  } finally {
    job.end();
  }
}

function failure(channel: string, e: unknown): Envelope<never> {
  if (e instanceof AppError) return fail(e.code, e.message);
  // The disk or the database file refused (full, read-only, locked): the transaction rolled back.
  const reason = reasonOf(e);
  if (reason) return { ok: false, error: { code: 'storage', message: `操作未完成，数据未改动：${reason}。`, detail: (e as Error).message } };
  console.error(`[${channel}]`, e);
  return { ok: false, error: { code: 'internal', message: '操作失败：程序内部出错，数据未改动。', detail: (e as Error).message } };
}

const fail = (code: string, message: string): Envelope<never> => ({ ok: false, error: { code, message } });
