// Numbered SQL migrations, tracked by PRAGMA user_version, all pending ones applied in one
// transaction so a failed upgrade leaves the file exactly as it was.
import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';

export type Migration = { version: number; name: string; sql: string };

export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((name, i) => {
      const version = Number(name.slice(0, 4));
      if (version !== i + 1) throw new Error(`迁移文件编号不连续：${name}`);
      return { version, name, sql: readFileSync(join(dir, name), 'utf8') };
    });
}

export function migrate(db: Database.Database, migrations: Migration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) throw tooNew(current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${latest}`);
  })();
  return latest;
}

/** The refusal of a file written by a newer build; it is given before the file is opened for writing. */
export function tooNew(current: number, latest: number): AppError {
  return new AppError(
    'db_too_new',
    `此数据文件由更新版本的医改台账创建（数据版本 ${current}），当前程序只支持到版本 ${latest}。请升级程序后再打开，文件未做任何改动。`,
  );
}
