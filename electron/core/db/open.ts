// Opens (or creates) the office's database file. Nothing opens a database at module load.
import Database from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { defaultMigrationsDir } from '../paths';
import { migrate, readMigrations } from './migrate';

export type Db = Database.Database;

export type OpenOptions = { migrationsDir?: string; readonly?: boolean; fileMustExist?: boolean };

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.fileMustExist ?? false });
  } catch (e) {
    throw new AppError('db_open_failed', `无法打开数据文件 ${path}：${(e as Error).message}`);
  }
  try {
    if (path !== ':memory:' && !options.readonly) db.pragma('journal_mode = WAL');
    // FULL: a commit the clerk saw succeed survives a power cut, WAL or not.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db, readMigrations(options.migrationsDir ?? defaultMigrationsDir()));
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError) throw e;
    const message = (e as Error).message;
    if (/not a database|malformed|corrupt/i.test(message)) {
      throw new AppError('db_damaged', `数据文件已损坏或不是医改台账的数据文件：${path}`);
    }
    throw new AppError('db_open_failed', `无法打开数据文件 ${path}：${message}`);
  }
}

/** Latest schema version this build knows. */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
