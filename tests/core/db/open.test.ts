import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase, type OpenMode } from '../../../electron/core/db/open';
import { readMigrations } from '../../../electron/core/db/migrate';
import { defaultMigrationsDir } from '../../../electron/core/paths';
import { AppError } from '../../../electron/shared/errors';
import { folderState, writeDamagedDb, writeForeignDb, writeNewerDb, writeOlderDb } from '../../helpers/db-files';
import { tempDir } from '../../helpers/temp-db';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const pragma = (path: string, name: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma(name, { simple: true }) as number;
  } finally {
    db.close();
  }
};
const userVersion = (path: string) => pragma(path, 'user_version');
const modes: OpenMode[] = ['create', 'readwrite', 'readonly'];

/** The AppError openDatabase throws, or undefined when it opens. */
const refusal = (path: string, mode: OpenMode, migrationsDir?: string): AppError | undefined => {
  try {
    openDatabase(path, { mode, migrationsDir }).close();
    return undefined;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
};

describe('openDatabase', () => {
  it('creates a WAL file with foreign keys on and every migration applied', () => {
    const path = tmp.file('a.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(readMigrations(defaultMigrationsDir()).length);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining([
      'plans', 'units', 'unit_aliases', 'tasks', 'task_units', 'working_groups', 'group_roster', 'group_tasks',
      'supervision_teams', 'progress_entries', 'indicators', 'indicator_targets', 'data_elements', 'indicator_inputs',
      'reporting_regimes', 'reporting_phases', 'reporting_units', 'submissions', 'submission_values', 'incident_reports',
      'settings', 'audit_log',
    ]));
    for (const t of tables) expect(t.sql, t.name).toMatch(/STRICT\s*$/);
    db.close();
  });

  it('refuses a database newer than the code, in Chinese, and leaves it untouched', () => {
    const path = tmp.file('newer.db');
    writeNewerDb(path);
    let error: unknown;
    try {
      openDatabase(path);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_too_new');
    expect((error as AppError).message).toContain('更新版本');
    expect(userVersion(path)).toBe(99);
  });

  it('refuses a file that is not a database', () => {
    const path = tmp.file('garbage.db');
    writeFileSync(path, 'this is not sqlite '.repeat(200));
    expect(() => openDatabase(path)).toThrowError(/已损坏或不是医改台账的数据文件/);
  });

  it('applies pending migrations in one transaction: a failing one leaves the file as it was', () => {
    const dir = join(tmp.dir, 'migrations');
    mkdirSync(dir);
    writeFileSync(join(dir, '0001_a.sql'), 'CREATE TABLE a (x INTEGER) STRICT;');
    const path = tmp.file('m.db');
    openDatabase(path, { migrationsDir: dir }).close();
    writeFileSync(join(dir, '0002_b.sql'), 'CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);');
    expect(() => openDatabase(path, { migrationsDir: dir })).toThrow();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE name = 'b'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a second submission of one form by one unit for one period', () => {
    const db = openDatabase(':memory:');
    const now = '2017-09-01T17:00:00+08:00';
    db.exec(`INSERT INTO plans (id, title, scope, created_at) VALUES ('p', '方案', '巴南区', '${now}');
      INSERT INTO units (id, scope, name, kind) VALUES (1, '巴南区', '巴南区人民医院', 'hospital');
      INSERT INTO reporting_regimes (id, plan_id, name, start_on, text) VALUES (1, 'p', '信息报送', '2017-09-01', '');
      INSERT INTO reporting_units (id, regime_id, unit_id, position) VALUES (1, 1, 1, 0);
      INSERT INTO report_forms (id, regime_id, name) VALUES (1, 1, '日报');`);
    const submit = db.prepare(
      "INSERT INTO submissions (reporting_unit_id, form_id, period_kind, period_start, received_at) VALUES (1, ?, 'daily', '2017-09-01', ?)",
    );
    submit.run(1, now);
    expect(() => submit.run(1, now)).toThrowError(/UNIQUE/);
    expect(() => submit.run(null, now)).toThrowError(/NOT NULL/);
    db.close();
  });

  it('keeps progress entries append-only', () => {
    const db = openDatabase(':memory:');
    const now = '2026-01-01T00:00:00Z';
    db.prepare("INSERT INTO plans (id, title, scope, created_at) VALUES ('p', '方案', '巴南区', ?)").run(now);
    db.prepare("INSERT INTO tasks (plan_id, title, position, created_at, updated_at) VALUES ('p', '任务', 1, ?, ?)").run(now, now);
    db.prepare("INSERT INTO progress_entries (task_id, entered_on, body, created_at) VALUES (1, '2026-01-01', '已部署', ?)").run(now);
    expect(() => db.prepare("UPDATE progress_entries SET body = '改写'").run()).toThrowError(/只能追加/);
    db.close();
  });
});

describe('which files openDatabase opens, and how', () => {
  it('marks a file it creates as ours with PRAGMA application_id', () => {
    const path = tmp.file('new.db');
    openDatabase(path, { mode: 'create' }).close();
    expect(pragma(path, 'application_id')).toBe(APPLICATION_ID);
    expect(APPLICATION_ID).not.toBe(0);
  });

  it('refuses another program’s SQLite file in every mode and leaves it byte for byte', () => {
    const path = tmp.file('other.db');
    writeForeignDb(path);
    const before = folderState(tmp.dir);
    for (const mode of modes) {
      const e = refusal(path, mode);
      expect(e?.code, mode).toBe('db_foreign');
      expect(e?.message).toContain('不是医改台账的数据文件');
      expect(folderState(tmp.dir), mode).toEqual(before);
    }
  });

  it('refuses a newer file in every mode without changing a byte or adding a -wal/-shm file', () => {
    for (const journal of ['wal', 'delete'] as const) {
      const path = tmp.file(`newer-${journal}.db`);
      writeNewerDb(path, journal);
      const before = folderState(tmp.dir);
      for (const mode of modes) {
        expect(refusal(path, mode)?.code, `${journal} ${mode}`).toBe('db_too_new');
        expect(folderState(tmp.dir), `${journal} ${mode}`).toEqual(before);
      }
    }
  });

  it('refuses a damaged file in every mode without touching it', () => {
    const path = tmp.file('damaged.db');
    writeDamagedDb(path);
    const before = folderState(tmp.dir);
    for (const mode of modes) {
      expect(refusal(path, mode)?.code, mode).toBe('db_damaged');
      expect(folderState(tmp.dir), mode).toEqual(before);
    }
  });

  it('creates a file only in create mode: an absent or empty file is refused otherwise and not created', () => {
    const absent = tmp.file('absent.db');
    const empty = tmp.file('empty.db');
    writeFileSync(empty, '');
    const before = folderState(tmp.dir);
    for (const mode of ['readwrite', 'readonly'] as const) {
      expect(refusal(absent, mode)?.code, mode).toBe('db_missing');
      expect(refusal(empty, mode)?.code, mode).toBe('db_missing');
      expect(folderState(tmp.dir), mode).toEqual(before);
    }
    openDatabase(empty, { mode: 'create' }).close();
    expect(pragma(empty, 'application_id')).toBe(APPLICATION_ID);
  });

  it('reads read-only: the connection cannot write, and the file and its folder stay as they were', () => {
    const path = tmp.file('good.db');
    openDatabase(path, { mode: 'create' }).close();
    const before = folderState(tmp.dir);
    const db = openDatabase(path, { mode: 'readonly' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM plans').get()).toEqual({ n: 0 });
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('x', 'y')").run()).toThrow(/readonly/);
    db.close();
    expect(folderState(tmp.dir)).toEqual(before);
  });

  it('does not migrate read-only: an older file is refused with a request to upgrade, unchanged', () => {
    const path = tmp.file('old.db');
    writeOlderDb(path);
    const before = folderState(tmp.dir);
    const e = refusal(path, 'readonly');
    expect(e?.code).toBe('db_needs_upgrade');
    expect(e?.message).toMatch(/升级/);
    expect(folderState(tmp.dir)).toEqual(before);
    openDatabase(path, { mode: 'readwrite' }).close();
    expect(userVersion(path)).toBe(readMigrations(defaultMigrationsDir()).length);
  });

  it('accepts a file made before application ids (data version ≥ 1, our tables) and marks it when opened read-write', () => {
    const path = tmp.file('legacy.db');
    openDatabase(path, { mode: 'create' }).close();
    const raw = new Database(path);
    raw.pragma('application_id = 0');
    raw.close();
    openDatabase(path, { mode: 'readonly' }).close();
    expect(pragma(path, 'application_id')).toBe(0);
    openDatabase(path, { mode: 'readwrite' }).close();
    expect(pragma(path, 'application_id')).toBe(APPLICATION_ID);
  });

  it('leaves an empty file when the first migration fails, so the next start can create it again', () => {
    const dir = join(tmp.dir, 'bad-migrations');
    mkdirSync(dir);
    writeFileSync(join(dir, '0001_a.sql'), 'CREATE TABLE a (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);');
    const path = tmp.file('first.db');
    expect(() => openDatabase(path, { mode: 'create', migrationsDir: dir })).toThrow();
    expect(existsSync(path) ? statSync(path).size : 0).toBe(0);
    expect(refusal(path, 'create')).toBeUndefined();
  });
});
