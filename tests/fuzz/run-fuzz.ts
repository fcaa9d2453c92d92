// Runs fuzz cases through the same channels the screens use (dropped files), on a real database
// file, and judges each: an answer (never a crash), a Chinese message for a refusal, nothing
// written unless the file was whole and imported, no object prototype touched, and time per file.
import { dispatchAsync, type FileAdapter } from '../../electron/core/dispatch';
import type { AppCore } from '../../electron/core/app-core';
import type { Envelope } from '../../electron/shared/contract';
import type { ImportReportDto } from '../../electron/shared/imports';
import type { Case } from './mutate';

export const perFileLimitMs = 10_000;

export type Verdict = { ok: boolean; outcome: 'refused' | 'imported' | 'read'; ms: number; problem?: string };

const noDialogs: FileAdapter = { saveFile: async () => null, chooseFolder: async () => null, chooseFiles: async () => null, progress: () => {} };
const chinese = /[\u4e00-\u9fff]/;

/** What any write leaves behind: every write is audited, and these are the tables imports write. */
function fingerprint(core: AppCore): string {
  return JSON.stringify(core.db.prepare(`SELECT (SELECT max(id) FROM audit_log) a, (SELECT count(*) FROM submissions) s,
    (SELECT count(*) FROM submission_values) v, (SELECT count(*) FROM contacts) c, (SELECT count(*) FROM tasks) t, (SELECT count(*) FROM plans) p`).get());
}

const dropped = (c: Case) => [{ name: c.name, modifiedAt: Date.parse('2017-09-06T08:00:00Z'), size: c.bytes.length, base64: c.bytes.toString('base64') }];

function channelOf(c: Case): [string, unknown] {
  if (c.target === 'templates') return ['imports:templates', { pick: 'dropped', files: dropped(c) }];
  if (c.target === 'ledger') return ['imports:ledgerPreview', { pick: 'dropped', files: dropped(c) }];
  if (c.target === 'contacts') return ['imports:contacts', { planId: 'banan-2017', pick: 'dropped', files: dropped(c) }];
  return ['notices:open', { pick: 'dropped', files: dropped(c) }];
}

function refusalProblem(r: Envelope<unknown>): string | undefined {
  if (r.ok) return undefined;
  if (r.error.code === 'internal') return `程序内部出错：${r.error.detail ?? r.error.message}`;
  if (!chinese.test(r.error.message)) return `提示不是中文：${r.error.message}`;
  return undefined;
}

export async function judgeCase(core: AppCore, c: Case): Promise<Verdict> {
  const before = fingerprint(core);
  const started = performance.now();
  const [channel, input] = channelOf(c);
  let r = await dispatchAsync(core.handlers, channel, input, noDialogs);
  let wrote = false;
  let problem = refusalProblem(r);
  if (!problem && r.ok && channel === 'imports:templates') {
    const report = r.value as ImportReportDto;
    for (const f of report.results) {
      if (f.status === 'imported') wrote = true;
      if (f.status === 'rejected' && !f.errors.every((e) => chinese.test(e.message))) problem = `未导入的原因不是中文：${JSON.stringify(f.errors)}`;
    }
  }
  if (!problem && r.ok && channel === 'imports:contacts' && r.value) wrote = true;
  // A notice that opened is read into a draft as the screen does next.
  if (!problem && r.ok && channel === 'notices:open' && r.value) {
    r = await dispatchAsync(core.handlers, 'notices:extract', { text: (r.value as { text: string }).text }, noDialogs);
    problem = refusalProblem(r);
  }
  const ms = performance.now() - started;
  if (!problem && !wrote && fingerprint(core) !== before) problem = '拒绝或只读的文件改动了数据库';
  if (!problem && ms > perFileLimitMs) problem = `耗时 ${Math.round(ms)} ms，超过 ${perFileLimitMs} ms`;
  if (!problem && Object.keys(Object.prototype).length) problem = `Object.prototype 被污染：${Object.keys(Object.prototype).join(',')}`;
  return { ok: !problem, outcome: !r.ok ? 'refused' : wrote ? 'imported' : 'read', ms, problem };
}
