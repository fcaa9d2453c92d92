// Restoring a backup into the database the app has open, and recovering from a damaged file.
// The restore copies the backup's pages into the live file with SQLite's online backup in one
// write transaction, so a power cut in the middle leaves the database as it was (WAL), and the
// app's connection stays valid: no handler has to be rebuilt. The current data is backed up first.
import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import { checkDatabaseFile } from '../db/check';
import type { Db } from '../db/open';
import { migrate, readMigrations } from '../db/migrate';
import { defaultMigrationsDir } from '../paths';
import { currentActor } from '../settings/settings';
import { makeBackup, readBackupInfo, type BackupInfo } from './backup-files';
import { fileFailure } from './fs-failure';
import { withExclusive } from './exclusive';

/** A backup or a database file from another PC that may replace the data: ours, not newer, intact. */
export function vetReplacement(file: string): BackupInfo {
  if (!existsSync(file)) throw new AppError('not_found', `找不到文件：${file}`);
  const check = checkDatabaseFile(file);
  if (!check.ok) throw new AppError('restore_refused', `不能用此文件恢复，当前数据未改动：${check.problems[0] ?? '文件无法读取'}`);
  return readBackupInfo(file);
}

export type RestoreResult = { restored: BackupInfo; safetyBackup: string };

/**
 * Replaces the live data with `file`. Order matters for "nothing lost": vet the file, back up the
 * current data, then copy; a failure at any step leaves the live database as it was.
 */
export async function restoreInto(db: Db, dbPath: string, backupFolder: string, file: string, what = '恢复备份'): Promise<RestoreResult> {
  const restored = vetReplacement(file);
  return withExclusive(`正在${what}，请稍候`, async () => {
    const safetyBackup = await makeBackup(db, backupFolder, 'restore');
    const actor = currentActor(db);
    await copyPages(file, dbPath, '恢复未完成，当前数据未改动');
    // A backup from an older version of the program is brought up to this one.
    migrate(db, readMigrations(defaultMigrationsDir()));
    writeAudit(db, { actor, action: 'update', entity: 'database', entityId: restored.name, after: { restoredFrom: restored.name, madeAt: restored.madeAt, safetyBackup } });
    return { restored, safetyBackup };
  });
}

/** All pages of `source` into `target` in one step, i.e. one write transaction on the target. */
async function copyPages(source: string, target: string, what: string): Promise<void> {
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await src.backup(target, { progress: () => 0x7fffffff });
  } catch (e) {
    throw fileFailure('restore_failed', what, e);
  } finally {
    src.close();
  }
}

/**
 * A damaged database is never written to: it is renamed aside (kept for whoever can rescue it) and
 * the backup becomes the database. Used before the app opens anything. Answers the damaged file's new name.
 */
export async function recoverFromBackup(dbPath: string, file: string, at = new Date()): Promise<string> {
  vetReplacement(file);
  const stamp = at.toISOString().replace(/[-:]/g, '').slice(0, 15);
  const aside = `${dbPath}.损坏-${stamp}`;
  try {
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix);
  } catch (e) {
    throw fileFailure('recover_failed', '无法把损坏的数据文件移开', e);
  }
  await copyPages(file, dbPath, '无法从备份恢复');
  return aside;
}
