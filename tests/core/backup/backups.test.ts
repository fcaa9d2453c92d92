// Backups made with SQLite's online backup, what they hold, how many are kept, and a restore that
// gives back exactly the data a backup held (every table compared).
import Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../electron/core/app-core';
import { listBackups, makeBackup, parseBackupName, pruneBackups, backupFileName } from '../../../electron/core/backup/backup-files';
import { restoreInto } from '../../../electron/core/backup/restore';
import { withExclusive } from '../../../electron/core/backup/exclusive';
import { dispatch, dispatchAsync, type FileAdapter } from '../../../electron/core/dispatch';
import { wholeDatabase } from '../../helpers/core';
import { writeForeignDb, writeNewerDb } from '../../helpers/db-files';
import { tempDir } from '../../helpers/temp-db';

const tmp = tempDir();
let core: AppCore;
const dbPath = tmp.file('office.db');
const folder = join(tmp.dir, '备份');
const call = (channel: string, input: unknown) => dispatch(core.handlers, channel, input);
const adapter = (over: Partial<FileAdapter> = {}): FileAdapter => ({
  saveFile: async () => null, chooseFolder: async () => null, chooseFiles: async () => null, progress: () => {}, ...over,
});
const run = (channel: string, input: unknown, over: Partial<FileAdapter> = {}) => dispatchAsync(core.handlers, channel, input, adapter(over));

beforeAll(() => {
  core = startCore(dbPath);
});
afterAll(() => {
  core.close();
  tmp.remove();
});

/** Changes that touch many tables: a progress note, a new task, the settings, a report. */
function changeThings(n: number) {
  const taskId = core.db.prepare("SELECT id FROM tasks WHERE plan_id = 'banan-2017' AND title = '正式启动改革'").pluck().get();
  expect(call('progress:add', { taskIds: [taskId], enteredOn: '2017-09-01', body: `第 ${n} 次推进`, status: 'in_progress' })).toMatchObject({ ok: true });
  expect(call('tasks:create', { planId: 'banan-2017', title: `恢复测试任务 ${n}` })).toMatchObject({ ok: true });
  expect(call('settings:update', { officeName: `巴南区医改办 ${n}`, clerkName: '李娜' })).toMatchObject({ ok: true });
}

describe('backups', () => {
  it('makes a single self-contained file named by time and kind, listing what it holds', async () => {
    const file = await makeBackup(core.db, folder, 'manual', new Date(2026, 10, 25, 8, 30, 5));
    expect(file).toBe(join(folder, '医改台账-20261125-083005-手动.db'));
    expect(readdirSync(folder)).toEqual(['医改台账-20261125-083005-手动.db']);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const [info] = listBackups(folder);
    expect(info).toMatchObject({ kind: 'manual', madeAt: '2026-11-25T08:30:05', plans: 5, problem: null });
    expect(info!.bytes).toBe(statSync(file).size);
    expect(info!.progressNotes).toBe(0);
  });

  it('reads its own names and nothing else', () => {
    expect(parseBackupName(backupFileName('import', new Date(2026, 0, 2, 3, 4, 5), 2))).toEqual({ kind: 'import', madeAt: '2026-01-02T03:04:05' });
    expect(parseBackupName('医改台账-20260102-030405-别的.db')).toBeNull();
    expect(parseBackupName('台账.db')).toBeNull();
  });

  it('keeps the newest 30 daily and 10 pre-operation backups and every manual one', async () => {
    const dir = join(tmp.dir, 'prune');
    for (let d = 1; d <= 33; d += 1) await makeBackup(core.db, dir, 'daily', new Date(2026, 9, d, 8));
    for (let h = 0; h < 12; h += 1) await makeBackup(core.db, dir, h % 2 ? 'import' : 'restore', new Date(2026, 10, 1, h));
    await makeBackup(core.db, dir, 'manual', new Date(2020, 0, 1));
    const removed = pruneBackups(dir, 30, 10);
    expect(removed).toHaveLength(5);
    const left = listBackups(dir);
    expect(left.filter((b) => b.kind === 'daily').map((b) => b.madeAt.slice(0, 10)).at(-1)).toBe('2026-10-04');
    expect(left.filter((b) => b.kind === 'import' || b.kind === 'restore')).toHaveLength(10);
    expect(left.filter((b) => b.kind === 'manual')).toHaveLength(1);
  });

  it('restores exactly the data a backup held, every table, after backing up the current data', async () => {
    changeThings(1);
    const held = wholeDatabase(core);
    const backup = await makeBackup(core.db, folder, 'manual');
    changeThings(2);
    changeThings(3);
    const changed = wholeDatabase(core);
    expect(changed).not.toEqual(held);

    const result = await restoreInto(core.db, dbPath, folder, backup);
    const now = wholeDatabase(core);
    const { audit_log: auditNow, ...tablesNow } = now;
    const { audit_log: auditHeld, ...tablesHeld } = held;
    expect(tablesNow).toEqual(tablesHeld);
    // The audit log is the backup's, and says that it was restored.
    expect(auditNow!.slice(0, -1)).toEqual(auditHeld);
    expect(auditNow!.at(-1)).toMatchObject({ actor: '李娜', entity: 'database', entity_id: backup.split(/[\\/]/).pop() });
    // Nothing lost: the data before the restore is in the safety backup.
    const safety = new Database(result.safetyBackup, { readonly: true });
    expect(safety.prepare("SELECT value FROM settings WHERE key = 'officeName'").pluck().get()).toBe('巴南区医改办 3');
    safety.close();
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a foreign, newer or damaged file as a backup, leaving the data as it was', async () => {
    const before = wholeDatabase(core);
    const bad = tmp.file('bad');
    writeForeignDb(`${bad}-foreign.db`);
    writeNewerDb(`${bad}-newer.db`);
    for (const [file, why] of [[`${bad}-foreign.db`, /不是医改台账的数据文件/], [`${bad}-newer.db`, /更新版本/], [tmp.file('none.db'), /找不到/]] as const) {
      await expect(restoreInto(core.db, dbPath, folder, file)).rejects.toThrow(why);
    }
    expect(wholeDatabase(core)).toEqual(before);
  });

  it('answers every other call with "busy" while a restore holds the database', async () => {
    let answer: unknown;
    await withExclusive('正在恢复备份，请稍候', async () => {
      answer = call('progress:list', { taskId: 1 });
      expect(call('app:info', {})).toMatchObject({ ok: true });
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'busy', message: '正在恢复备份，请稍候，完成后再试。' } });
  });
});

describe('备份与恢复 through the contract', () => {
  it('lists, backs up now, restores by name and refuses a path for a name', async () => {
    const made = await run('backups:create', {});
    expect(made).toMatchObject({ ok: true, value: { kind: 'manual', plans: 5 } });
    const list = call('backups:list', {});
    expect(list).toMatchObject({ ok: true, value: { folder, defaultFolder: folder, keepDaily: 30, keepBeforeOps: 10, warning: null } });
    const name = (made as { value: { name: string } }).value.name;
    expect(await run('backups:restore', { name })).toMatchObject({ ok: true, value: { restored: { name } } });
    expect(await run('backups:restore', { name: '../office.db' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('exports the whole database as one file and imports it on another PC', async () => {
    let saved: Buffer | undefined;
    const out = await run('backups:exportDb', {}, { saveFile: async (name, data) => { saved = data; return join(tmp.dir, name); } });
    expect(out).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^医改台账数据-\d{8}\.db$/) } });
    const other = tempDir();
    try {
      const moved = other.file('moved.db');
      writeFileSync(moved, saved!);
      const fresh = startCore(other.file('new-pc.db'));
      try {
        const r = await dispatchAsync(fresh.handlers, 'backups:importDb', {}, adapter({ chooseFiles: async () => [moved] }));
        expect(r).toMatchObject({ ok: true });
        const withoutAudit = (tables: Record<string, unknown[]>) => Object.fromEntries(Object.entries(tables).filter(([t]) => t !== 'audit_log'));
        expect(withoutAudit(wholeDatabase(fresh))).toEqual(withoutAudit(wholeDatabase(core)));
        expect(existsSync(join(other.dir, '备份'))).toBe(true);
      } finally {
        fresh.close();
      }
    } finally {
      other.remove();
    }
  });

  it('refuses a relative, unwritable or network folder in Chinese and keeps the one in force', () => {
    expect(call('backups:configure', { folder: '备份', keepDaily: 30, keepBeforeOps: 10 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('完整的文件夹路径') } });
    expect(call('backups:configure', { folder: '/sys/医改台账备份', keepDaily: 30, keepBeforeOps: 10 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/不能把备份放在 \/sys\/医改台账备份：没有写入权限/) } });
    expect(call('backups:configure', { folder: null, keepDaily: 0, keepBeforeOps: 10 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(call('backups:list', {})).toMatchObject({ ok: true, value: { folder } });
    const usb = join(tmp.dir, 'U盘');
    expect(call('backups:configure', { folder: usb, keepDaily: 20, keepBeforeOps: 5 })).toMatchObject({ ok: true, value: { folder: usb, keepDaily: 20, keepBeforeOps: 5 } });
    expect(call('backups:configure', { folder: null, keepDaily: 30, keepBeforeOps: 10 })).toMatchObject({ ok: true, value: { folder } });
  });
});

describe('操作记录 exported', () => {
  it('writes every entry in range to a workbook, in the clerk’s words', async () => {
    let saved: Buffer | undefined;
    const r = await run('audit:export', {}, { saveFile: async (name, data) => { saved = data; return join(tmp.dir, name); } });
    expect(r).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^操作记录_\d{4}-\d{2}-\d{2}\.xlsx$/) } });
    const XLSX = await import('xlsx');
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(saved!).Sheets['操作记录']!, { header: 1 });
    const entries = core.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get() as number;
    expect(rows.filter((row) => typeof row[0] === 'number')).toHaveLength(entries);
    expect(rows.flat().join(' ')).toContain('填报单位：');
    expect(await run('audit:export', { from: '2001-01-01', to: '2001-01-02' })).toMatchObject({ ok: false, error: { message: '所选范围内没有操作记录' } });
  });
});
