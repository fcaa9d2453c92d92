// What the clerk reads when the disk or the database file refuses a write: the disk full, the file
// read-only, the file locked by another program. Each is a Chinese sentence, the transaction rolls
// back, nothing is half-written and the app keeps answering.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import { wholeDatabase } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-db';

let tmp: ReturnType<typeof tempDir>;
let core: AppCore;
beforeEach(() => {
  tmp = tempDir();
  core = startCore(tmp.file('office.db'));
});
afterEach(() => {
  core.close();
  tmp.remove();
});
const call = (c: AppCore, channel: string, input: unknown) => dispatch(c.handlers, channel, input);

describe('storage failures', () => {
  it('disk full: the call is refused in Chinese, rolled back, and the next call still works', () => {
    // SQLite's page limit gives the same SQLITE_FULL a full disk gives.
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages}`);
    let refused: ReturnType<typeof call> | undefined;
    let before: ReturnType<typeof wholeDatabase> | undefined;
    for (let i = 0; i < 2000 && !refused; i += 1) {
      before = wholeDatabase(core);
      const r = call(core, 'tasks:create', { planId: 'banan-2017', title: `磁盘测试任务 ${i} ${'内容'.repeat(200)}` });
      if (!r.ok) refused = r;
    }
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage', message: '操作未完成，数据未改动：磁盘已满，请清理磁盘或换一个位置。' } });
    expect(wholeDatabase(core)).toEqual(before);
    expect(call(core, 'plans:list', {})).toMatchObject({ ok: true });
  });

  it('read-only file: refused in Chinese, nothing written', () => {
    core.close();
    core = startCore(tmp.file('office.db'), { mode: 'readonly' });
    const before = wholeDatabase(core);
    const r = call(core, 'settings:update', { officeName: '巴南区医改办', clerkName: '王芳' });
    expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('该位置是只读的') } });
    expect(wholeDatabase(core)).toEqual(before);
  });

  it('file locked by another program: refused in Chinese once the wait runs out', () => {
    const other = new Database(tmp.file('office.db'));
    other.exec('BEGIN EXCLUSIVE');
    core.db.pragma('busy_timeout = 50');
    try {
      const r = call(core, 'settings:update', { officeName: '巴南区医改办', clerkName: '王芳' });
      expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: '操作未完成，数据未改动：文件正被另一个程序占用，请关闭占用它的程序后重试。' } });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(call(core, 'settings:update', { officeName: '巴南区医改办', clerkName: '王芳' })).toMatchObject({ ok: true });
  });
});
