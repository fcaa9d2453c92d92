// Integrity check for `cli check` and, later, the app's own health check. It judges a file as
// openDatabase would (not ours, newer, damaged), then runs SQLite's own checks, read-only.
import { AppError } from '../../shared/errors';
import { defaultMigrationsDir } from '../paths';
import { fileSize, identify, openReadOnly, refusal } from './identify';
import { readMigrations } from './migrate';

export type CheckReport = { ok: boolean; problems: string[] };

export function checkDatabaseFile(path: string, migrationsDir = defaultMigrationsDir()): CheckReport {
  const size = fileSize(path);
  if (size === null) return { ok: false, problems: [`数据文件不存在：${path}`] };
  if (size === 0) return { ok: false, problems: [`数据文件是空的：${path}`] };
  let db: ReturnType<typeof openReadOnly> | undefined;
  try {
    db = openReadOnly(path);
    // An older file is fine: the app upgrades it when it opens it.
    const refused = refusal(identify(db, path), path, readMigrations(migrationsDir).length, false);
    if (refused) return { ok: false, problems: [refused.message] };
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`完整性检查：${row.integrity_check}`);
    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const row of fk) problems.push(`外键失配：${row.table} 第 ${row.rowid} 行引用的 ${row.parent} 不存在`);
    return { ok: problems.length === 0, problems };
  } catch (e) {
    const message = e instanceof AppError ? e.message : `数据文件已损坏或不是医改台账的数据文件：${(e as Error).message}`;
    return { ok: false, problems: [message] };
  } finally {
    db?.close();
  }
}
