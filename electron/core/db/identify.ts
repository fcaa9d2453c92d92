// What a database file is, learned without changing it: whether it is ours, its data version,
// and whether this build may open it. Used before every open and by the integrity check.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { tooNew } from './migrate';

type Db = Database.Database;

/** PRAGMA application_id of every file this app creates: 'YGTZ' (医改台账) in ASCII. */
export const APPLICATION_ID = 0x5947545a;

export type Identity = { userVersion: number; applicationId: number; ours: boolean };

/** Size of the file in bytes, or null when there is none. */
export function fileSize(path: string): number | null {
  return existsSync(path) ? statSync(path).size : null;
}

/**
 * A read-only connection that creates nothing beside the file. SQLite gives a read-only
 * connection to a WAL file new -wal and -shm files when they are missing. Without a -wal file
 * every commit is in the main file, so such a file is read from a copy in memory instead — up to
 * 64 MB; a larger one is opened in place and what SQLite made beside it is removed on close.
 */
export function openReadOnly(path: string): Db {
  try {
    if (!readHeader(path)?.wal || existsSync(`${path}-wal`)) return new Database(path, { readonly: true, fileMustExist: true });
    // A large file is not copied into memory (a city's database is hundreds of MB): it is opened
    // read-only in place, and the -wal and -shm SQLite makes for that are removed when it closes.
    if (statSync(path).size > inMemoryLimit) return readOnlyInPlace(path);
    const image = readFileSync(path);
    image[18] = image[19] = 1; // the copy's header says rollback journal, which SQLite can load from memory
    return new Database(image, { readonly: true });
  } catch (e) {
    throw openFailure(path, e);
  }
}

const inMemoryLimit = 64 * 1024 * 1024;

function readOnlyInPlace(path: string): Db {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const close = db.close.bind(db);
  (db as { close: () => Db }).close = () => {
    close();
    for (const side of [`${path}-wal`, `${path}-shm`]) {
      try {
        if (side.endsWith('-shm') || statSync(side).size === 0) rmSync(side, { force: true });
      } catch {
        // already gone
      }
    }
    return db;
  };
  return db;
}

/**
 * What the file's header says about it (data version at byte 60, application id at 68), read
 * without opening it: enough to open a file of ours for writing without a read-only look first.
 */
export function readHeader(path: string): { userVersion: number; applicationId: number; wal: boolean } | null {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, header, 0, 100, 0) !== 100 || header.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') return null;
    // Bytes 18 and 19 are 2 in a WAL-mode file.
    return { userVersion: header.readUInt32BE(60), applicationId: header.readUInt32BE(68), wal: header[18] === 2 && header[19] === 2 };
  } finally {
    closeSync(fd);
  }
}


/** Reads what the file says about itself; a file SQLite cannot read is damaged. */
export function identify(db: Db, path: string): Identity {
  try {
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    // Files created before application ids were set carry 0. They are ours when they have a data
    // version and our tables; openDatabase marks them at their next read-write open, so that
    // offices upgrading from those builds are not locked out of their own data.
    const ourTables = db.prepare("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('plans', 'audit_log')");
    const legacy = applicationId === 0 && userVersion >= 1 && ourTables.pluck().get() === 2;
    return { userVersion, applicationId, ours: applicationId === APPLICATION_ID || legacy };
  } catch (e) {
    throw openFailure(path, e);
  }
}

/** Why this build must not open the file, or null: foreign, newer, or (read-only) not yet upgraded. */
export function refusal(identity: Identity, path: string, latest: number, readonly: boolean): AppError | null {
  const { ours, userVersion } = identity;
  if (!ours) return new AppError('db_foreign', `此文件不是医改台账的数据文件，未做任何改动：${path}`);
  if (userVersion > latest) return tooNew(userVersion, latest);
  if (readonly && userVersion < latest) {
    return new AppError(
      'db_needs_upgrade',
      `此数据文件的数据版本为 ${userVersion}，当前程序为 ${latest}，需要先升级：请运行 init 或用桌面程序打开一次，升级会自动完成。本次只读操作未改动文件。`,
    );
  }
  return null;
}

/** The clerk's message for a file SQLite would not open or read. */
export function openFailure(path: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const message = (e as Error).message;
  if (/not a database|malformed|corrupt/i.test(message)) {
    return new AppError('db_damaged', `数据文件已损坏或不是医改台账的数据文件：${path}`);
  }
  return new AppError('db_open_failed', `无法打开数据文件 ${path}：${message}`);
}
