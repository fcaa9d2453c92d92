// Backup files: made with SQLite's online backup (pages copied under SQLite's own locks, so a
// backup of the live database is consistent while the app keeps running — a file copy of a live
// WAL database is not), written under a temporary name and renamed when complete, so a backup
// is either whole or absent. Each backup is a plain single file (rollback journal) that opens
// anywhere, and says what it holds.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupKindNames, type BackupDto, type BackupKind } from '../../shared/backups';
import type { Db } from '../db/open';
import { fileFailure } from './fs-failure';

export { backupKindNames, type BackupKind };
const kindByName = new Map(Object.entries(backupKindNames).map(([k, n]) => [n, k as BackupKind]));

/** A backup as the renderer sees it, and where it is. */
export type BackupInfo = BackupDto & { file: string };

const namePattern = /^医改台账-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-\d+)?-(\S+?)\.db$/;

const pad = (n: number) => String(n).padStart(2, '0');
/** The office's wall clock as YYYYMMDD-HHMMSS. */
const stampOf = (d: Date) => `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

export function backupFileName(kind: BackupKind, at: Date, n = 0): string {
  return `医改台账-${stampOf(at)}${n ? `-${n}` : ''}-${backupKindNames[kind]}.db`;
}

/** The kind and time a backup's name carries, or null for a file that is not one of ours. */
export function parseBackupName(name: string): { kind: BackupKind; madeAt: string } | null {
  const m = namePattern.exec(name);
  const kind = m && kindByName.get(m[7]!);
  if (!m || !kind) return null;
  return { kind, madeAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}` };
}

/** Makes one backup of `db` in `folder`; answers its path. Nothing is left behind on failure. */
export async function makeBackup(db: Db, folder: string, kind: BackupKind, at = new Date()): Promise<string> {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw fileFailure('backup_failed', `无法创建备份文件夹 ${folder}`, e);
  }
  let n = 0;
  while (existsSync(join(folder, backupFileName(kind, at, n)))) n += 1;
  const target = join(folder, backupFileName(kind, at, n));
  const temp = `${target}.part`;
  try {
    rmSync(temp, { force: true });
    // All pages in one step: the copy is one consistent moment even if the clerk writes meanwhile.
    await db.backup(temp, { progress: () => 0x7fffffff });
    asSingleFile(temp);
    renameSync(temp, target);
    return target;
  } catch (e) {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    throw fileFailure('backup_failed', `备份未能写入 ${folder}`, e);
  }
}

/** A backup copies the live file's WAL flag; switching it to a rollback journal makes it one self-contained file. */
function asSingleFile(path: string): void {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** What a backup holds, read without changing it. */
export function readBackupInfo(file: string): BackupInfo {
  const name = file.split(/[\\/]/).pop()!;
  const parsed = parseBackupName(name);
  const info: BackupInfo = {
    file, name, kind: parsed?.kind ?? 'manual', madeAt: parsed?.madeAt ?? '', bytes: statSync(file).size,
    plans: null, submissions: null, progressNotes: null, lastChange: null, problem: null,
  };
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const one = (sql: string) => db!.prepare(sql).pluck().get() as number | string | null;
    info.plans = one('SELECT COUNT(*) FROM plans') as number;
    info.submissions = one('SELECT COUNT(*) FROM submissions') as number;
    info.progressNotes = one('SELECT COUNT(*) FROM progress_entries') as number;
    info.lastChange = one("SELECT MAX(at) FROM audit_log WHERE action <> 'load'") as string | null;
  } catch {
    info.problem = '无法读取，可能已损坏';
  } finally {
    db?.close();
  }
  return info;
}

type Named = { name: string; kind: BackupKind; madeAt: string };

/** The backups in a folder by their names alone, newest first; other files are left alone. */
export function backupsByName(folder: string): Named[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw fileFailure('backup_folder', `无法读取备份文件夹 ${folder}`, e);
  }
  return names
    .flatMap((name) => {
      const parsed = parseBackupName(name);
      return parsed ? [{ name, ...parsed }] : [];
    })
    .sort((a, b) => b.madeAt.localeCompare(a.madeAt) || b.name.localeCompare(a.name));
}

/** The backups in a folder, newest first, each opened for what it holds. */
export function listBackups(folder: string): BackupInfo[] {
  return backupsByName(folder).map((b) => readBackupInfo(join(folder, b.name)));
}

/**
 * Keeps the newest `keepDaily` daily backups and the newest `keepBeforeOps` made before an
 * operation; manual backups are the clerk's own and never removed. Answers the names removed.
 */
export function pruneBackups(folder: string, keepDaily: number, keepBeforeOps: number): string[] {
  // By name: pruning after every backup must not open each of the forty it keeps.
  const all = backupsByName(folder);
  const daily = all.filter((b) => b.kind === 'daily').slice(keepDaily);
  const ops = all.filter((b) => b.kind !== 'daily' && b.kind !== 'manual').slice(keepBeforeOps);
  const removed: string[] = [];
  // A backup cut short (the PC switched off mid-copy) leaves its temporary file; it is no backup.
  const stale = Date.now() - 10 * 60_000;
  for (const n of readdirSync(folder)) {
    if (!/^医改台账-.*\.db\.part(-journal)?$/.test(n)) continue;
    try {
      if (statSync(join(folder, n)).mtimeMs < stale) rmSync(join(folder, n));
    } catch {
      // removed next time
    }
  }
  for (const b of [...daily, ...ops]) {
    try {
      rmSync(join(folder, b.name));
      removed.push(b.name);
    } catch {
      // a backup that cannot be removed now is removed next time
    }
  }
  return removed;
}
