// The CLI as the README shows it: `npm run --silent cli -- <command> --db FILE`, spawned for
// real, plus in-process runs for the error paths.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeChannels } from '../../electron/cli/describe-channels';
import { runCli } from '../../electron/cli/run';
import { channels, contract } from '../../electron/shared/contract';
import { leftAsItWas, writeDamagedDb, writeForeignDb, writeNewerDb, writeOlderDb } from '../helpers/db-files';
import { tempDir } from '../helpers/temp-db';

const tmp = tempDir();
const repo = process.cwd();
const strayName = `rel-${process.pid}.db`;
afterAll(() => {
  tmp.remove();
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(repo, strayName + suffix), { force: true });
});

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

describe('cli leaves files that are not its own, or not its version, byte for byte', () => {
  /** Runs each command on a fresh file made by `make`: refused, with nothing changed. */
  const refusedBy = (make: (path: string) => void, commands: string[][]) => {
    for (const command of commands) {
      const r = leftAsItWas(make, (path) => inProcess(...command, '--db', path));
      expect(r.code, command.join(' ')).not.toBe(0);
      expect(r.out, command.join(' ')).toBe('');
      expect(r.err, command.join(' ')).toMatch(/^错误：|^数据文件有问题/);
    }
  };
  const everyCommand = [['plans'], ['check'], ['call', 'plans:list'], ['call', 'settings:update', '{"officeName":"医改办","clerkName":"张三"}'], ['init']];

  it('refuses another program’s SQLite file in plans, check, call and init', () => {
    refusedBy(writeForeignDb, everyCommand);
    const path = tmp.file('foreign.db');
    writeForeignDb(path);
    expect(inProcess('plans', '--db', path).err).toContain('不是医改台账的数据文件');
  });

  it('refuses a file of a newer version in plans, init, check and call', () => {
    refusedBy(writeNewerDb, everyCommand);
    refusedBy((p) => writeNewerDb(p, 'delete'), everyCommand);
  });

  it('refuses a damaged file in every command', () => {
    refusedBy(writeDamagedDb, everyCommand);
  });

  it('reads plans without changing the file or creating any beside it', () => {
    const init = (path: string) => expect(inProcess('init', '--db', path).code).toBe(0);
    const r = leftAsItWas(init, (path) => inProcess('plans', '--db', path));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('banan-2017');
    expect(leftAsItWas(init, (path) => inProcess('check', '--db', path)).code).toBe(0);
  });

  it('does not upgrade an older file to list its plans, and says how to upgrade it', () => {
    const r = leftAsItWas(writeOlderDb, (path) => inProcess('plans', '--db', path));
    expect(r.code).toBe(1);
    expect(r.err).toContain('需要先升级');
  });
});

describe('cli paths and pipes', () => {
  it('puts a relative --db in the folder the command was typed in, not the repository', () => {
    const r = spawnSync('npm', ['--prefix', repo, 'run', '--silent', 'cli', '--', 'init', '--db', strayName], { cwd: tmp.dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(tmp.dir, strayName))).toBe(true);
    expect(existsSync(join(repo, strayName))).toBe(false);
    expect(r.stdout).toContain(join(tmp.dir, strayName));
  });

  // plans:get of yubei-2022 prints over 64 KB, more than a pipe holds, so head closes it mid-write.
  it('ends quietly when the reader of its output stops early', () => {
    const db = tmp.file('pipe.db');
    expect(inProcess('init', '--db', db).code).toBe(0);
    for (const command of [`plans --db '${db}'`, `call plans:get '{"planId":"yubei-2022"}' --db '${db}'`]) {
      const r = spawnSync('sh', ['-c', `npm run --silent cli -- ${command} | head -1`], { encoding: 'utf8' });
      expect(r.stdout.length, command).toBeGreaterThan(0);
      expect(r.stderr, command).not.toMatch(/EPIPE|Error/);
    }
  });
});

describe('cli lists the channels', () => {
  it('help names every channel with its input fields', () => {
    const r = inProcess('help');
    expect(r.code).toBe(0);
    for (const channel of channels) expect(r.out, channel).toContain(channel);
    expect(r.out).toMatch(/plans:get\s+\{ planId \}/);
    expect(r.out).toMatch(/settings:update\s+\{ officeName, clerkName/);
    expect(r.out).toMatch(/plans:list\s+\{\}/);
  });

  it('call without a channel prints the channels instead of an unnamed unknown operation', () => {
    const r = inProcess('call', '--db', tmp.file('never.db'));
    expect(r.err).not.toContain('未知的操作：\n');
    expect(r.out).toContain('plans:get');
    expect(r.code).toBe(2);
    expect(existsSync(tmp.file('never.db'))).toBe(false);
  });

  it('an unknown channel is named, with a hint to run help', () => {
    const db = tmp.file('cli.db');
    const r = inProcess('call', 'plans:frobnicate', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('未知的操作：plans:frobnicate');
    expect(r.err).toContain('help');
  });

  it('describes a channel’s optional fields with ?', () => {
    const lines = describeChannels({ 'x:y': { input: z.strictObject({ a: z.string(), b: z.number().optional() }) } });
    expect(lines).toEqual([expect.stringMatching(/^x:y\s+\{ a, b\? \}$/)]);
    expect(describeChannels(contract)).toHaveLength(channels.length);
  });
});
