// Opening the office's database at the app's start: look at it read-only first (quick check every
// start, the full integrity check once a week), refuse a damaged file without writing to it and
// name the newest backup that is good, back up before an upgrade, then open, and make the day's
// backup. A failed daily backup does not stop the app; the clerk is told in 设置.
import { localStamp, daysBetween } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { startCore, type AppCore, type StartOptions } from '../app-core';
import type { Db } from '../db/open';
import { checkDatabaseFile } from '../db/check';
import { fileSize, identify, openReadOnly, refusal } from '../db/identify';
import { readMigrations } from '../db/migrate';
import { defaultMigrationsDir } from '../paths';
import { backupFolderOf, readBackupSettings, writeBackupSettings } from './backup-settings';
import { listBackups, makeBackup, type BackupInfo } from './backup-files';
import { dailyBackup, noteAutomaticBackup } from './backup-service';

export class DamagedDatabase extends AppError {
  constructor(message: string, readonly newestGood: BackupInfo | null) {
    super('db_damaged', message);
  }
}

export type OpenReport = { core: AppCore; fullCheck: boolean; upgradeBackup: string | null; dailyBackup: string | null; backupWarning: string | null };

const fullCheckEveryDays = 7;

/** The newest backup that passes the integrity check, or null. */
export function newestGoodBackup(folder: string): BackupInfo | null {
  for (const b of listBackups(folder)) if (!b.problem && checkDatabaseFile(b.file).ok) return b;
  return null;
}

export async function openOfficeDatabase(dbPath: string, options: StartOptions & { now?: Date } = {}): Promise<OpenReport> {
  const now = options.now ?? new Date();
  const today = localStamp(now).slice(0, 10);
  const settings = readBackupSettings(dbPath);
  const folder = backupFolderOf(dbPath, settings);
  const fullCheck = !settings.lastFullCheck || daysBetween(settings.lastFullCheck, today) >= fullCheckEveryDays;
  let upgradeBackup: string | null = null;
  if (fileSize(dbPath)) {
    const damaged = (detail: string) => {
      const good = newestGoodBackup(folder);
      const offer = good ? `可以用最新的完好备份（${good.madeAt.replace('T', ' ')}）恢复，损坏的文件会保留在原处旁边。` : '备份文件夹中没有完好的备份。';
      return new DamagedDatabase(`数据文件已损坏，为免损坏扩大，程序没有写入它。${offer}（${detail}）`, good);
    };
    // Refusals (foreign, newer) and backup failures pass as they are; anything SQLite could not read is damage.
    const asDamage = (e: unknown) =>
      e instanceof DamagedDatabase || (e instanceof AppError && e.code !== 'db_damaged') ? e : damaged((e as Error).message);
    let look: Db | undefined;
    try {
      look = openReadOnly(dbPath);
      const latest = readMigrations(defaultMigrationsDir()).length;
      const identity = identify(look, dbPath);
      const refused = refusal(identity, dbPath, latest, false);
      if (refused) throw refused;
      const rows = look.pragma(fullCheck ? 'integrity_check' : 'quick_check') as Record<string, string>[];
      const problems = rows.map((r) => Object.values(r)[0]).filter((v) => v !== 'ok');
      if (problems.length) throw damaged(problems.slice(0, 3).join('；'));
      if (identity.userVersion < latest) upgradeBackup = await makeBackup(look, folder, 'upgrade', now);
    } catch (e) {
      throw asDamage(e);
    } finally {
      look?.close();
    }
  }
  const core = startCore(dbPath, options);
  let daily: string | null = null;
  let backupWarning: string | null = null;
  try {
    daily = await dailyBackup(core.db, dbPath, now);
  } catch (e) {
    backupWarning = `今天的自动备份未能完成：${e instanceof AppError ? e.message : (e as Error).message}`;
  }
  noteAutomaticBackup(dbPath, backupWarning);
  if (fullCheck) {
    try {
      writeBackupSettings(dbPath, { ...readBackupSettings(dbPath), lastFullCheck: today });
    } catch {
      // the check runs again at the next start
    }
  }
  return { core, fullCheck, upgradeBackup, dailyBackup: daily, backupWarning };
}
