// The crash test: an operation runs in a child process and is killed (SIGKILL — no cleanup, like a
// power cut or the task manager) at a random moment; then the database is opened as the app's
// next start would open it and must pass the integrity check, and the operation must be wholly
// there or wholly absent:
//   import   60 returned templates, one transaction per file: each report is there with all its
//            figures and its audit row, or not there at all
//   bulk     one progress note with a status on 300 tasks in one transaction: all or none
//   restore  a backup restored over changed data: the data is the old or the backup's, never a mix,
//            and every backup file in the folder is a whole, readable database
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCore, type AppCore } from '../../electron/core/app-core';
import { makeBackup } from '../../electron/core/backup/backup-files';
import { restoreInto } from '../../electron/core/backup/restore';
import { checkDatabaseFile } from '../../electron/core/db/check';
import { dispatch, dispatchAsync, type FileAdapter } from '../../electron/core/dispatch';
import { sampleTemplateBase64 } from '../helpers/sample-template';
import { wholeDatabase } from '../helpers/core';

export type Operation = 'import' | 'bulk' | 'restore';
export const operations: Operation[] = ['import', 'bulk', 'restore'];
const bulkBody = '批量更新：已按期完成';
const self = fileURLToPath(import.meta.url);

/** Hash of every table but the audit log: equal hashes, equal data. */
export function dataHash(core: AppCore): string {
  const tables = Object.entries(wholeDatabase(core)).filter(([t]) => t !== 'audit_log');
  return createHash('sha256').update(JSON.stringify(tables)).digest('hex');
}

export type Prepared = { dir: string; db: string; templates: string; backup: string; hashBefore: string; hashBackup: string; units: string[]; days: string[] };

/** One database to copy for every run: seeded, a backup taken, then changed; and 60 templates on disk. */
export async function prepare(dir: string): Promise<Prepared> {
  mkdirSync(dir, { recursive: true });
  const db = join(dir, 'prepared.db');
  const core = startCore(db);
  const call = (c: string, input: unknown) => {
    const r = dispatch(core.handlers, c, input);
    if (!r.ok) throw new Error(`${c}: ${r.error.message}`);
  };
  call('settings:update', { officeName: '备份时的名称', clerkName: '王芳' });
  const backups = join(dir, 'backups');
  const backup = await makeBackup(core.db, backups, 'manual');
  const hashBackup = dataHash(core);
  call('settings:update', { officeName: '恢复前的名称', clerkName: '王芳' });
  const hashBefore = dataHash(core);
  const units = core.db.prepare(`SELECT u.name FROM reporting_units ru JOIN units u ON u.id = ru.unit_id JOIN reporting_regimes g ON g.id = ru.regime_id
    WHERE g.plan_id = 'banan-2017' AND u.kind = 'hospital' ORDER BY u.name LIMIT 10`).pluck().all() as string[];
  const days = ['2017-09-05', '2017-09-06', '2017-09-07', '2017-09-08', '2017-09-11', '2017-09-12'];
  const templates = join(dir, 'templates');
  mkdirSync(templates, { recursive: true });
  for (const unit of units) {
    for (const day of days) {
      const values = { 门急诊人次: 800, 出院人次: 60, 医疗收入: 120.5, 药品收入: 36.2, 卫生材料收入: 15.1 };
      writeFileSync(join(templates, `${unit}-${day}.xlsx`), Buffer.from(sampleTemplateBase64(core.db, unit, day, values), 'base64'));
    }
  }
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
  return { dir, db, templates, backup, hashBefore, hashBackup, units, days };
}

/** The child: opens the copy and runs the operation, saying 'ready' just before it starts. */
export async function runChild(op: Operation, db: string, prepared: Prepared): Promise<void> {
  const core = startCore(db);
  const adapter: FileAdapter = { saveFile: async () => null, chooseFolder: async () => null, chooseFiles: async () => [prepared.templates], progress: () => {} };
  process.stdout.write('ready\n');
  if (op === 'import') await dispatchAsync(core.handlers, 'imports:templates', { pick: 'folder', planId: 'banan-2017' }, adapter);
  if (op === 'bulk') {
    const ids = core.db.prepare("SELECT id FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id) ORDER BY id LIMIT 300").pluck().all();
    dispatch(core.handlers, 'progress:add', { taskIds: ids, enteredOn: '2024-03-01', body: bulkBody, status: 'done' });
  }
  if (op === 'restore') await restoreInto(core.db, db, join(prepared.dir, 'run-backups'), prepared.backup);
  core.close();
  process.stdout.write('finished\n');
}

/** Opens the database as the next start would and answers what is wrong, or [] when all is whole. */
export function verify(op: Operation, db: string, prepared: Prepared): string[] {
  const problems: string[] = [];
  const core = startCore(db, { mode: 'readwrite' });
  try {
    const integrity = core.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`完整性检查：${String(integrity)}`);
    if ((core.db.pragma('foreign_key_check') as unknown[]).length) problems.push('外键不一致');
    if (op === 'import') {
      const rows = core.db.prepare(`SELECT s.id, (SELECT COUNT(*) FROM submission_values v WHERE v.submission_id = s.id) AS n,
        (SELECT COUNT(*) FROM audit_log a WHERE a.entity = 'submission' AND a.entity_id = CAST(s.id AS TEXT)) AS audited FROM submissions s`).all() as { id: number; n: number; audited: number }[];
      for (const r of rows) {
        if (r.n !== 5) problems.push(`报送 ${r.id} 只有 ${r.n} 个数值`);
        if (r.audited !== 1) problems.push(`报送 ${r.id} 的操作记录有 ${r.audited} 条`);
      }
      if (rows.length > prepared.units.length * prepared.days.length) problems.push(`报送多于文件数：${rows.length}`);
    }
    if (op === 'bulk') {
      const notes = core.db.prepare('SELECT COUNT(*) FROM progress_entries WHERE body = ?').pluck().get(bulkBody) as number;
      const audited = core.db.prepare("SELECT COUNT(*) FROM audit_log WHERE entity = 'progress' AND after_json LIKE ?").pluck().get(`%${bulkBody}%`) as number;
      if (notes !== 0 && notes !== 300) problems.push(`批量更新只写入了 ${notes} / 300 条`);
      if (audited !== notes) problems.push(`批量更新写入 ${notes} 条，操作记录 ${audited} 条`);
    }
    if (op === 'restore') {
      const hash = dataHash(core);
      if (hash !== prepared.hashBefore && hash !== prepared.hashBackup) problems.push('恢复后的数据既不是原来的，也不是备份中的');
      const folder = join(prepared.dir, 'run-backups');
      for (const name of existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.db')) : []) {
        const check = checkDatabaseFile(join(folder, name));
        if (!check.ok) problems.push(`备份文件 ${name} 不完整：${check.problems[0]}`);
      }
    }
  } finally {
    core.close();
  }
  return problems;
}

/** A fresh copy of the prepared database (and no backups) for one run. */
function freshCopy(prepared: Prepared, n: number): string {
  const runDir = join(prepared.dir, `run-${n % 2}`);
  rmSync(runDir, { recursive: true, force: true });
  rmSync(join(prepared.dir, 'run-backups'), { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const db = join(runDir, 'office.db');
  copyFileSync(prepared.db, db);
  return db;
}

/** Runs the child; kills it `killAfterMs` after it says ready (null: let it finish). Answers how long it ran and whether it finished. */
function runOnce(op: Operation, db: string, preparedFile: string, killAfterMs: number | null): Promise<{ ms: number; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', self, '--child', op, db, preparedFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let readyAt = 0;
    let finished = false;
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      const text = c.toString();
      if (text.includes('ready') && !readyAt) {
        readyAt = performance.now();
        if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
      if (text.includes('finished')) finished = true;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code && !signal) reject(new Error(`子进程出错（${code}）：${stderr.slice(0, 500)}`));
      else resolve({ ms: readyAt ? performance.now() - readyAt : 0, finished });
    });
  });
}

export type CrashReport = { kills: number; finishedFirst: number; failures: string[]; durations: Record<Operation, number> };

/** `count` kills spread over the three operations, each at a random moment within the operation's own duration. */
export async function runCrashTest(dir: string, count: number, seed = 1, log: (s: string) => void = () => {}): Promise<CrashReport> {
  const prepared = await prepare(dir);
  const preparedFile = join(dir, 'prepared.json');
  writeFileSync(preparedFile, JSON.stringify(prepared));
  const durations = {} as Record<Operation, number>;
  const failures: string[] = [];
  for (const op of operations) {
    const db = freshCopy(prepared, 0);
    durations[op] = (await runOnce(op, db, preparedFile, null)).ms;
    const problems = verify(op, db, prepared);
    if (problems.length) failures.push(`${op}（未中断）：${problems.join('；')}`);
  }
  let random = seed >>> 0;
  const next = () => ((random = (Math.imul(random, 1664525) + 1013904223) >>> 0) / 4294967296);
  let finishedFirst = 0;
  for (let n = 0; n < count; n++) {
    const op = operations[n % operations.length]!;
    const db = freshCopy(prepared, n);
    const at = next() * durations[op] * 1.1;
    const run = await runOnce(op, db, preparedFile, at);
    if (run.finished) finishedFirst += 1;
    const problems = verify(op, db, prepared);
    if (problems.length) failures.push(`#${n} ${op} 第 ${Math.round(at)} ms 中断：${problems.join('；')}`);
    if ((n + 1) % 20 === 0) log(`[${n + 1}/${count}]`);
  }
  return { kills: count, finishedFirst, failures, durations };
}

if (process.argv[2] === '--child') {
  const { readFileSync } = await import('node:fs');
  await runChild(process.argv[3] as Operation, process.argv[4]!, JSON.parse(readFileSync(process.argv[5]!, 'utf8')) as Prepared);
}
