// The app's start: the day's backup, the weekly full check, a backup before an upgrade, and a
// damaged file that is never written to, with the newest good backup offered and restorable.
import Database from 'better-sqlite3';
import { openSync, readdirSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupSettings } from '../../../electron/core/backup/backup-settings';
import { recoverFromBackup } from '../../../electron/core/backup/restore';
import { DamagedDatabase, openOfficeDatabase } from '../../../electron/core/backup/startup';
import { folderState, writeNewerDb, writeOlderDb } from '../../helpers/db-files';
import { tempDir } from '../../helpers/temp-db';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const day = (d: number, h = 9) => new Date(2026, 10, d, h);
const backups = () => readdirSync(join(tmp.dir, '备份')).sort();

async function startAndClose(path: string, now: Date) {
  const report = await openOfficeDatabase(path, { now });
  report.core.close();
  return report;
}

/** Overwrites the middle of the file (the tables' pages) with garbage; the header still reads. */
function damage(path: string) {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(size / 2, 0x5a), 0, size / 2, 8192);
  closeSync(fd);
}

describe('openOfficeDatabase', () => {
  it('makes one daily backup on the first start of each day, and a full check once a week', async () => {
    const path = tmp.file('office.db');
    const first = await startAndClose(path, day(2));
    expect(first).toMatchObject({ fullCheck: true, backupWarning: null });
    expect(first.dailyBackup).toMatch(/医改台账-20261102-090000-每日\.db$/);
    expect(readBackupSettings(path).lastFullCheck).toBe('2026-11-02');
    expect(await startAndClose(path, day(2, 15))).toMatchObject({ dailyBackup: null, fullCheck: false });
    expect(await startAndClose(path, day(3))).toMatchObject({ dailyBackup: expect.stringMatching(/20261103/), fullCheck: false });
    expect(await startAndClose(path, day(9))).toMatchObject({ fullCheck: true });
    expect(backups()).toHaveLength(3);
  });

  it('starts, and says why, when the day’s backup cannot be made', async () => {
    const path = tmp.file('office.db');
    (await startAndClose(path, day(2)));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${path}.backup.json`, JSON.stringify({ folder: '/sys/医改台账备份' }));
    const report = await startAndClose(path, day(3));
    expect(report.dailyBackup).toBeNull();
    expect(report.backupWarning).toMatch(/^今天的自动备份未能完成：无法创建备份文件夹 \/sys\/医改台账备份：没有写入权限/);
  });

  it('backs up a database from an older version before upgrading it', async () => {
    const path = tmp.file('office.db');
    writeOlderDb(path);
    const report = await startAndClose(path, day(4));
    expect(report.upgradeBackup).toMatch(/升级前\.db$/);
    const old = new Database(report.upgradeBackup!, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    old.close();
  });

  it('refuses a newer database without touching it', async () => {
    const path = tmp.file('office.db');
    writeNewerDb(path);
    const before = folderState(tmp.dir);
    await expect(openOfficeDatabase(path, { now: day(5) })).rejects.toMatchObject({ code: 'db_too_new' });
    expect(folderState(tmp.dir)).toEqual(before);
  });

  it('never writes to a damaged database, offers the newest good backup, and restores from it', async () => {
    const path = tmp.file('office.db');
    await startAndClose(path, day(6));
    const good = new Database(path, { readonly: true });
    const plans = good.prepare('SELECT COUNT(*) FROM plans').pluck().get();
    good.close();
    damage(path);
    const before = folderState(tmp.dir);
    const refused = await openOfficeDatabase(path, { now: day(7) }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DamagedDatabase);
    const damaged = refused as DamagedDatabase;
    expect(damaged.message).toMatch(/^数据文件已损坏，为免损坏扩大，程序没有写入它。可以用最新的完好备份（2026-11-06 09:00:00）恢复/);
    expect(damaged.newestGood?.name).toBe('医改台账-20261106-090000-每日.db');
    expect(folderState(tmp.dir)).toEqual(before);

    const aside = await recoverFromBackup(path, damaged.newestGood!.file, day(7));
    expect(folderState(tmp.dir)[aside.split('/').pop()!]).toBe(before['office.db']);
    const report = await openOfficeDatabase(path, { now: day(7) });
    expect(report.core.db.prepare('SELECT COUNT(*) FROM plans').pluck().get()).toBe(plans);
    expect(report.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    report.core.close();
  });

  it('says there is no good backup when there is none', async () => {
    const path = tmp.file('office.db');
    await startAndClose(path, day(8));
    const { rmSync } = await import('node:fs');
    rmSync(join(tmp.dir, '备份'), { recursive: true });
    damage(path);
    await expect(openOfficeDatabase(path, { now: day(9) })).rejects.toThrow(/备份文件夹中没有完好的备份/);
  });
});
