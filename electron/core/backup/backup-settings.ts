// Where backups go and how many are kept. These belong to the installation, not to the data, so
// they live in a small file beside the database rather than in it: restoring a backup must not
// move the backup folder back to where it was, and a damaged database must still tell the app
// where its backups are.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeWhole } from '../files/write-whole';

export type BackupSettings = {
  /** null: the default folder 备份 beside the database */
  folder: string | null;
  /** daily backups kept (the first start of each day) */
  keepDaily: number;
  /** backups kept from before imports, restores and upgrades */
  keepBeforeOps: number;
  /** the day of the last full integrity check (weekly) */
  lastFullCheck: string | null;
};

export const defaultBackupSettings: BackupSettings = { folder: null, keepDaily: 30, keepBeforeOps: 10, lastFullCheck: null };

export const backupSettingsPath = (dbPath: string): string => `${dbPath}.backup.json`;

export const defaultBackupFolder = (dbPath: string): string => join(dirname(dbPath), '备份');

export function backupFolderOf(dbPath: string, settings: BackupSettings): string {
  return settings.folder ?? defaultBackupFolder(dbPath);
}

const count = (v: unknown, fallback: number): number => (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 365 ? (v as number) : fallback);

/** The stored settings; a missing or unreadable file gives the defaults (never an error at start). */
export function readBackupSettings(dbPath: string): BackupSettings {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(backupSettingsPath(dbPath), 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Record<string, unknown>;
  } catch {
    // absent or damaged: defaults
  }
  return {
    folder: typeof stored.folder === 'string' && stored.folder.trim() ? stored.folder : null,
    keepDaily: count(stored.keepDaily, defaultBackupSettings.keepDaily),
    keepBeforeOps: count(stored.keepBeforeOps, defaultBackupSettings.keepBeforeOps),
    lastFullCheck: typeof stored.lastFullCheck === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(stored.lastFullCheck) ? stored.lastFullCheck : null,
  };
}

export function writeBackupSettings(dbPath: string, settings: BackupSettings): BackupSettings {
  writeWhole(backupSettingsPath(dbPath), Buffer.from(JSON.stringify(settings, null, 2), 'utf8'));
  return settings;
}
