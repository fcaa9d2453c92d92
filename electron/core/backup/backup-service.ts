// What the rest of the core asks of backups: the folder in force, a backup before an operation,
// the daily one, and whether the folder is fit (local, writable).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { localStamp } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import { backupFolderOf, readBackupSettings } from './backup-settings';
import { backupsByName, makeBackup, pruneBackups, type BackupKind } from './backup-files';
import { fileFailure } from './fs-failure';
import { networkShareReason, parseMounts } from './network-path';

/** Mapped network drives on Windows (`net use`); none elsewhere or when it cannot be asked. */
function remoteDrives(): string[] {
  if (process.platform !== 'win32') return [];
  try {
    const out = execFileSync('net', ['use'], { encoding: 'utf8', timeout: 3000, windowsHide: true });
    return [...out.matchAll(/\s([A-Z]):\s/g)].map((m) => m[1]!);
  } catch {
    return [];
  }
}

function mounts() {
  try {
    return parseMounts(readFileSync('/proc/mounts', 'utf8'));
  } catch {
    return [];
  }
}

export function networkReasonOf(folder: string): string | null {
  return networkShareReason(folder, process.platform, process.platform === 'linux' ? mounts() : [], remoteDrives());
}

/** Refuses a folder the backups cannot safely go to, in the clerk's words; creates it when missing. */
export function checkBackupFolder(folder: string): void {
  if (!isAbsolute(folder)) throw new AppError('invalid_input', '请填写完整的文件夹路径（如 D:\\医改台账备份）');
  const network = networkReasonOf(folder);
  if (network) throw new AppError('backup_folder', `${network}，断网时备份会不完整。请选择本机的另一块磁盘或 U 盘。`);
  const probe = join(folder, `.写入测试-${process.pid}`);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch (e) {
    rmSync(probe, { force: true });
    throw fileFailure('backup_folder', `不能把备份放在 ${folder}`, e);
  }
}

export const activeBackupFolder = (dbPath: string): string => backupFolderOf(dbPath, readBackupSettings(dbPath));

/** A backup of the kind, then the old ones pruned; the database on disk only (':memory:' has none). */
export async function backupNow(db: Db, dbPath: string, kind: BackupKind, at = new Date()): Promise<string | null> {
  if (dbPath === ':memory:') return null;
  const settings = readBackupSettings(dbPath);
  const folder = backupFolderOf(dbPath, settings);
  const file = await makeBackup(db, folder, kind, at);
  pruneBackups(folder, settings.keepDaily, settings.keepBeforeOps);
  return file;
}

/** Before an import: no backup, no import — the clerk is told why, and nothing is written. */
export async function backupBeforeImport(db: Db, dbPath: string): Promise<void> {
  try {
    await backupNow(db, dbPath, 'import');
    noteAutomaticBackup(dbPath, null);
  } catch (e) {
    const why = e instanceof AppError ? e.message : String(e);
    noteAutomaticBackup(dbPath, `导入前的自动备份未能完成：${why}`);
    throw new AppError('backup_failed', `导入前的自动备份未能完成，为防数据丢失，本次导入未进行。${why}`);
  }
}

/** true when the folder already holds a backup of this kind made on the day (office wall clock). */
export function hasBackupOn(folder: string, kind: BackupKind, day: string): boolean {
  try {
    return backupsByName(folder).some((b) => b.kind === kind && b.madeAt.startsWith(day));
  } catch {
    return false;
  }
}

/**
 * The first start of each day makes a backup; answers its path, or null when one exists already.
 * The folder is checked for a network share here, once a day (a chosen folder is checked when it
 * is chosen; the default one beside the database may sit on a roaming profile) — asking Windows
 * for its mapped drives before every import would cost a process start each time.
 */
export async function dailyBackup(db: Db, dbPath: string, now = new Date()): Promise<string | null> {
  if (dbPath === ':memory:') return null;
  const folder = activeBackupFolder(dbPath);
  if (hasBackupOn(folder, 'daily', localStamp(now).slice(0, 10))) return null;
  const network = networkReasonOf(folder);
  if (network) throw new AppError('backup_folder', `备份文件夹 ${folder} 不可用：${network}。请在 设置 → 备份与恢复 中换一个本机文件夹。`);
  return backupNow(db, dbPath, 'daily', now);
}

const automaticFailures = new Map<string, string>();

/** The last automatic backup of this database that failed, in the clerk's words, until one succeeds. */
export const automaticBackupWarning = (dbPath: string): string | null => automaticFailures.get(dbPath) ?? null;

export function noteAutomaticBackup(dbPath: string, failure: string | null): void {
  if (failure) automaticFailures.set(dbPath, failure);
  else automaticFailures.delete(dbPath);
}
