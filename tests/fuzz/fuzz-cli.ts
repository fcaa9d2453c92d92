// `npm run test:fuzz -- --count N [--seed S]`: N hostile or broken files through the importers
// and the notice reader. The cases run in a child process watched from here: a file that takes
// longer than the limit is a hang — the child is stopped, the case reported, and the run goes on
// from the next one. Prints files fuzzed, refused, imported, the slowest, and failures (exit 1 if any).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startCore } from '../../electron/core/app-core';
import { tempDir } from '../helpers/temp-db';
import { buildCorpus } from './corpus';
import { makeCase } from './mutate';
import { judgeCase, perFileLimitMs, type Verdict } from './run-fuzz';

type FromChild = { start: number; mutation: string; name: string } | { done: number; verdict: Verdict } | { finished: true; integrity: string };

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const n = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} 应为非负整数`);
    process.exit(2);
  }
  return n;
};

if (args.includes('--child')) await child(option('from', 0), option('count', 0), option('seed', 1));
else await parent(option('count', 500), option('seed', 1));

async function child(from: number, count: number, seed: number) {
  const tmp = tempDir('yigai-fuzz-');
  const core = startCore(tmp.file('office.db'));
  const bases = await buildCorpus(core.db);
  for (let i = from; i < count; i++) {
    const c = makeCase(bases, i, seed);
    process.send!({ start: i, mutation: c.mutation, name: c.name });
    process.send!({ done: i, verdict: await judgeCase(core, c) });
  }
  const integrity = String(core.db.pragma('integrity_check', { simple: true }));
  core.close();
  tmp.remove();
  process.send!({ finished: true, integrity });
  process.disconnect();
}

async function parent(count: number, seed: number) {
  const started = Date.now();
  const failures: string[] = [];
  const tally = { refused: 0, imported: 0, read: 0 };
  let slowest = { ms: 0, what: '' };
  let next = 0;
  while (next < count) {
    next = await new Promise<number>((resolve) => {
      let current: { i: number; what: string } | null = null;
      let lastDone = next - 1;
      let finished = false;
      const proc = fork(fileURLToPath(import.meta.url), ['--child', '--from', String(next), '--count', String(count), '--seed', String(seed)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      // SheetJS notes unknown legacy records on stderr; everything else the child says is passed on.
      proc.stderr!.on('data', (chunk: Buffer) => {
        const lines = chunk.toString('utf8').split('\n').filter((l) => l.trim() && !l.startsWith('Missing Info for XLS Record'));
        if (lines.length) process.stderr.write(`${lines.join('\n')}\n`);
      });
      let watchdog: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          failures.push(`#${current?.i ?? '?'} ${current?.what ?? ''}：超过 ${perFileLimitMs} ms 未完成（卡死）`);
          proc.kill('SIGKILL');
        }, perFileLimitMs + 20_000); // the first case also builds the corpus
      };
      arm();
      proc.on('message', (m: FromChild) => {
        if ('start' in m) current = { i: m.start, what: `${m.mutation} · ${m.name}` };
        else if ('done' in m) {
          lastDone = m.done;
          tally[m.verdict.outcome] += 1;
          if (m.verdict.ms > slowest.ms) slowest = { ms: m.verdict.ms, what: current?.what ?? '' };
          if (!m.verdict.ok) failures.push(`#${m.done} ${current?.what}：${m.verdict.problem}`);
          if ((m.done + 1) % 500 === 0) process.stderr.write(`[${m.done + 1}/${count}]\n`);
        } else {
          finished = true;
          if (m.integrity !== 'ok') failures.push(`数据库完整性检查未通过：${m.integrity}`);
        }
        arm();
      });
      proc.on('exit', (code) => {
        clearTimeout(watchdog);
        if (!finished && code !== null && code !== 0) failures.push(`#${(current?.i ?? lastDone + 1)} ${current?.what ?? ''}：子进程异常退出（${code}）`);
        // After a hang or a crash the run goes on after the case that caused it.
        resolve(finished ? count : Math.max(lastDone + 1, (current?.i ?? lastDone) + 1));
      });
    });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`模糊测试：${count} 个文件（种子 ${seed}），拒绝 ${tally.refused}，读取 ${tally.read}，导入 ${tally.imported}；最慢 ${Math.round(slowest.ms)} ms（${slowest.what}）；用时 ${seconds} s；失败 ${failures.length}`);
  for (const f of failures.slice(0, 30)) console.log(`  失败 ${f}`);
  process.exit(failures.length ? 1 : 0);
}
