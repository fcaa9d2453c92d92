// A database of every released data version is kept in tests/fixtures/db (scripts/make-db-fixtures.mts).
// Each is upgraded to the current version as the app's start does it — backed up first — and
// its data is checked: the plans, the clerk's progress note, report and settings are all there.
// A database from a newer version is refused and left byte for byte.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOfficeDatabase } from '../../../electron/core/backup/startup';
import { readMigrations } from '../../../electron/core/db/migrate';
import { defaultMigrationsDir } from '../../../electron/core/paths';
import { folderState, writeNewerDb } from '../../helpers/db-files';
import { tempDir } from '../../helpers/temp-db';

const fixtures = join('tests', 'fixtures', 'db');
const latest = readMigrations(defaultMigrationsDir()).length;
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

describe('upgrading every released data version', () => {
  it('keeps a fixture for every data version', () => {
    expect(readdirSync(fixtures).filter((f) => /^v\d+\.db$/.test(f)).sort()).toEqual(Array.from({ length: latest }, (_, i) => `v${i + 1}.db`).sort());
  });

  for (let version = 1; version <= latest; version += 1) {
    it(`upgrades data version ${version} to ${latest} with its data intact`, async () => {
      const path = tmp.file('office.db');
      copyFileSync(join(fixtures, `v${version}.db`), path);
      const old = new Database(path, { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(version);
      const plans = old.prepare('SELECT id, title FROM plans ORDER BY id').all();
      const tasks = old.prepare('SELECT COUNT(*) FROM tasks').pluck().get();
      old.close();

      const { core, upgradeBackup } = await openOfficeDatabase(path, { now: new Date(2026, 10, 25, 9) });
      try {
        const db = core.db;
        expect(db.pragma('user_version', { simple: true })).toBe(latest);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(db.prepare('SELECT id, title FROM plans ORDER BY id').all()).toEqual(plans);
        expect(db.prepare('SELECT COUNT(*) FROM tasks').pluck().get()).toBe(tasks);
        expect(db.prepare("SELECT body FROM progress_entries WHERE body = '十家改革医院已按时启动'").pluck().all()).toHaveLength(1);
        expect(db.prepare("SELECT value FROM settings WHERE key = 'officeName'").pluck().get()).toBe('重庆市巴南区医改办');
        expect(db.prepare('SELECT COUNT(*) FROM submissions').pluck().get()).toBe(1);
        expect(db.prepare("SELECT COUNT(*) FROM audit_log WHERE actor = '王芳'").pluck().get()).toBeGreaterThanOrEqual(3);
        // The upgraded database works: the ledger reads, a note is added.
        expect(core.handlers['ledger:list']({ planId: 'banan-2017', asOf: '2017-09-10' } as never)).toBeTruthy();
        if (version < latest) {
          expect(upgradeBackup && existsSync(upgradeBackup)).toBe(true);
          const backup = new Database(upgradeBackup!, { readonly: true });
          expect(backup.pragma('user_version', { simple: true })).toBe(version);
          backup.close();
        } else expect(upgradeBackup).toBeNull();
      } finally {
        core.close();
      }
    });
  }

  it('refuses a database from a newer version and leaves it byte for byte', async () => {
    const path = tmp.file('office.db');
    writeNewerDb(path);
    const before = folderState(tmp.dir);
    await expect(openOfficeDatabase(path)).rejects.toThrow(/更新版本的医改台账创建（数据版本 99）/);
    expect(folderState(tmp.dir)).toEqual(before);
  });
});
