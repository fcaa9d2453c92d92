// Opens the office's database file. Nothing opens a database at module load.
//   create     the app's start and `cli init`: an absent or empty file becomes a new database
//   readwrite  an existing file of ours, brought to the current data version
//   readonly   an existing file of ours at the current data version; nothing on disk changes
// Every existing file is first looked at read-only (identify.ts); a foreign, newer or damaged
// file is refused before anything could write to it, so it stays byte for byte as it was.
import Database from 'better-sqlite3';
import { defaultMigrationsDir } from '../paths';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID, fileSize, identify, openFailure, openReadOnly, readHeader, refusal } from './identify';
import { migrate, readMigrations, type Migration } from './migrate';

export type Db = Database.Database;
export type OpenMode = 'create' | 'readwrite' | 'readonly';
export type OpenOptions = { mode?: OpenMode; migrationsDir?: string };

export { APPLICATION_ID };

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const mode = options.mode ?? 'create';
  const migrations = readMigrations(options.migrationsDir ?? defaultMigrationsDir());
  const size = path === ':memory:' ? 0 : fileSize(path);
  if (!size) {
    if (mode !== 'create') throw missing(path, size);
    return openReadWrite(path, migrations);
  }
  // A file of ours, for writing: its header is enough to refuse a newer one; no read-only look.
  const header = mode !== 'readonly' ? readHeader(path) : null;
  if (header && header.applicationId === APPLICATION_ID) {
    const refused = refusal({ userVersion: header.userVersion, applicationId: header.applicationId, ours: true }, path, migrations.length, false);
    if (refused) throw refused;
    return openReadWrite(path, migrations);
  }
  const look = openReadOnly(path);
  try {
    const refused = refusal(identify(look, path), path, migrations.length, mode === 'readonly');
    if (refused) throw refused;
    if (mode === 'readonly') return configure(look);
  } catch (e) {
    look.close();
    throw e;
  }
  look.close();
  return openReadWrite(path, migrations);
}

/** Opens for writing, marks the file as ours and applies pending migrations, all in one transaction. */
function openReadWrite(path: string, migrations: Migration[]): Db {
  let db: Db;
  try {
    db = new Database(path);
  } catch (e) {
    throw openFailure(path, e);
  }
  try {
    configure(db);
    // One transaction: a first start that fails leaves the file empty, to be created again.
    // A file from before application ids gets its mark here (identify.ts accepted it as ours).
    db.transaction(() => {
      if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db, migrations);
    })();
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    return db;
  } catch (e) {
    db.close();
    throw openFailure(path, e);
  }
}

function configure(db: Db): Db {
  // FULL: a commit the clerk saw succeed survives a power cut, WAL or not.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

function missing(path: string, size: number | null): AppError {
  const what = size === null ? '数据文件不存在' : '数据文件是空的';
  return new AppError('db_missing', `${what}：${path}（新的数据文件只由 init 命令或桌面程序首次启动时创建）`);
}

/** Latest schema version this build knows. */
export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
