// The CLI as the README shows it: `npm run --silent cli -- <command> --db FILE`, spawned for
// real, plus in-process runs for the error paths.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { tempDir } from '../helpers/temp-db';

const tmp = tempDir();
afterAll(() => tmp.remove());

const npmCli = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { encoding: 'utf8' });

const inProcess = (...argv: string[]) => {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
};

describe('cli', () => {
  it('init then plans --json prints every seed plan with docNumber, issuedOn and taskCount', () => {
    const db = tmp.file('cli.db');
    const init = npmCli('init', '--db', db);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toContain('新载入方案 5 个');
    const again = npmCli('init', '--db', db);
    expect(again.stdout).toContain('新载入方案 0 个，已存在 5 个');
    const plans = JSON.parse(execFileSync('npm', ['run', '--silent', 'cli', '--', 'plans', '--db', db, '--json'], { encoding: 'utf8' }));
    const byId = Object.fromEntries(plans.map((p: { id: string }) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual(['banan-2017', 'chongqing-2018h2', 'chongqing-2020h2', 'lizhou-2017', 'yubei-2022']);
    expect(byId['banan-2017']).toMatchObject({ docNumber: '巴南府办发〔2017〕152 号', issuedOn: '2017-08-18' });
    expect(byId['chongqing-2018h2']).toMatchObject({ docNumber: '渝府办发〔2018〕140号', issuedOn: '2018-09-28' });
    expect(byId['yubei-2022']).toMatchObject({ docNumber: '渝北府办发〔2022〕40号', issuedOn: '2022-12-06' });
    expect(byId['chongqing-2020h2']).toMatchObject({ docNumber: '渝府办发〔2020〕110号', issuedOn: '2020-09-07' });
    expect(byId['lizhou-2017']).toMatchObject({ docNumber: '广利府发〔2017〕8 号', issuedOn: '2017-06-05' });
    for (const p of plans) expect(p.taskCount).toBeGreaterThan(20);
    expect(npmCli('check', '--db', db).status).toBe(0);
  });

  it('check exits non-zero on a damaged file, with a Chinese message on stderr', () => {
    const bad = tmp.file('bad.db');
    writeFileSync(bad, 'SQLite format 3\u0000'.padEnd(4096, 'x'));
    const r = inProcess('check', '--db', bad);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('数据文件');
  });

  it('refuses to list plans of a file that does not exist, and does not create it', () => {
    const missing = tmp.file('missing.db');
    const r = inProcess('plans', '--db', missing, '--json');
    expect(r.code).toBe(1);
    expect(r.err).toContain('数据文件不存在');
    expect(inProcess('check', '--db', missing).code).toBe(1);
  });

  it('answers an unknown command or a missing --db with usage and exit 2', () => {
    expect(inProcess('frobnicate', '--db', tmp.file('x.db'))).toMatchObject({ code: 2 });
    expect(inProcess('plans').err).toContain('--db');
  });

  it('reports an invalid channel input through call in Chinese', () => {
    const db = tmp.file('cli.db');
    const r = inProcess('call', 'plans:get', '{"planId":""}', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('请选择方案');
  });
});
