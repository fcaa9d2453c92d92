// Integrity check for `cli check` and, later, the app's own health check.
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';

export type CheckReport = { ok: boolean; problems: string[] };

export function checkDatabaseFile(path: string): CheckReport {
  if (!existsSync(path)) return { ok: false, problems: [`数据文件不存在：${path}`] };
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    for (const row of integrity) if (row.integrity_check !== 'ok') problems.push(`完整性检查：${row.integrity_check}`);
    const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const row of fk) problems.push(`外键失配：${row.table} 第 ${row.rowid} 行引用的 ${row.parent} 不存在`);
    return { ok: problems.length === 0, problems };
  } catch (e) {
    return { ok: false, problems: [`数据文件已损坏或不是医改台账的数据文件：${(e as Error).message}`] };
  } finally {
    db?.close();
  }
}
