// Files the app must refuse or must leave alone, and a fingerprint of a folder to prove that a
// command changed nothing: every file's sha256, so a changed byte or a new -wal/-shm shows.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { defaultMigrationsDir } from '../../electron/core/paths';
import { tempDir } from './temp-db';

/** Each file in the folder (not its subfolders) with the sha256 of its bytes. */
export function folderState(dir: string): Record<string, string> {
  const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}

/**
 * Makes a file with `make` in a folder of its own, runs `act` on it, and expects every file in
 * the folder byte for byte as before (and no new one); returns what `act` returned.
 */
export function leftAsItWas<T>(make: (path: string) => void, act: (path: string) => T): T {
  const dir = tempDir();
  try {
    const path = dir.file('office.db');
    make(path);
    const before = folderState(dir.dir);
    const result = act(path);
    expect(folderState(dir.dir)).toEqual(before);
    return result;
  } finally {
    dir.remove();
  }
}

/** Another program's SQLite file: one table `budget`, two pages (8 KB). */
export function writeForeignDb(path: string): void {
  const db = new Database(path);
  db.exec("CREATE TABLE budget (item TEXT, amount INTEGER); INSERT INTO budget VALUES ('办公经费', 12000);");
  db.close();
}

/**
 * A file of this app as a later version would leave it: a data version no build knows yet.
 * `journal: 'delete'` makes it a rollback-journal file, which opening read-write would turn to WAL.
 */
export function writeNewerDb(path: string, journal: 'wal' | 'delete' = 'wal'): void {
  openDatabase(path).close();
  const db = new Database(path);
  db.pragma(`journal_mode = ${journal}`);
  db.pragma('user_version = 99');
  db.close();
}

/** A file that starts like SQLite and is garbage after. */
export function writeDamagedDb(path: string): void {
  writeFileSync(path, 'SQLite format 3\u0000'.padEnd(4096, 'x'));
}

/** A file of this app at data version 1, as the first release left it: older than the code. */
export function writeOlderDb(path: string): void {
  const migrations = tempDir();
  try {
    copyFileSync(join(defaultMigrationsDir(), '0001_init.sql'), migrations.file('0001_init.sql'));
    openDatabase(path, { migrationsDir: migrations.dir }).close();
  } finally {
    migrations.remove();
  }
}
