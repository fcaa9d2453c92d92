// `check` judges a file as the app would: another program's file, a newer file and a damaged
// file each fail with their own reason, and checking never changes the file or its folder.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatabaseFile } from '../../../electron/core/db/check';
import { openDatabase } from '../../../electron/core/db/open';
import { leftAsItWas, writeDamagedDb, writeForeignDb, writeNewerDb } from '../../helpers/db-files';
import { tempDir } from '../../helpers/temp-db';

const tmp = tempDir();
afterAll(() => tmp.remove());

const checked = (make: (path: string) => void) => leftAsItWas(make, (path) => checkDatabaseFile(path));

describe('checkDatabaseFile', () => {
  it('passes a good file of ours', () => {
    expect(checked((p) => openDatabase(p).close())).toEqual({ ok: true, problems: [] });
  });

  it('fails another program’s SQLite file as not ours', () => {
    const report = checked(writeForeignDb);
    expect(report.ok).toBe(false);
    expect(report.problems.join()).toContain('不是医改台账的数据文件');
  });

  it('fails a file of a newer version as one this program cannot open', () => {
    const report = checked(writeNewerDb);
    expect(report.ok).toBe(false);
    expect(report.problems.join()).toContain('更新版本');
  });

  it('fails a damaged file as damaged', () => {
    const report = checked(writeDamagedDb);
    expect(report.ok).toBe(false);
    expect(report.problems.join()).toContain('已损坏');
  });

  it('fails an absent or empty file', () => {
    expect(checkDatabaseFile(tmp.file('absent.db')).problems.join()).toContain('不存在');
    expect(checked((p) => writeFileSync(p, '')).problems.join()).toContain('空');
  });
});
