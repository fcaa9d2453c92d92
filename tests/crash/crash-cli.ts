// `npm run test:crash -- --count N [--seed S]`: N runs of an import, a bulk status change and a
// restore, each killed at a random moment; prints the kills survived and the failures (exit 1 if any).
import { tempDir } from '../helpers/temp-db';
import { runCrashTest } from './crash-run';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const n = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} 应为正整数`);
    process.exit(2);
  }
  return n;
};
const count = option('count', 30);
const seed = option('seed', 1);
const tmp = tempDir('yigai-crash-');
const started = Date.now();
try {
  const r = await runCrashTest(tmp.dir, count, seed, (s) => process.stderr.write(`${s}\n`));
  const ms = (op: keyof typeof r.durations) => Math.round(r.durations[op]);
  console.log(`崩溃测试：中断 ${r.kills} 次（导入 60 个模板 ${ms('import')} ms、批量更新 300 项 ${ms('bulk')} ms、恢复备份 ${ms('restore')} ms，在各自用时内随机中断；其中 ${r.finishedFirst} 次在中断前已完成），用时 ${((Date.now() - started) / 1000).toFixed(1)} s；失败 ${r.failures.length}`);
  for (const f of r.failures.slice(0, 30)) console.log(`  失败 ${f}`);
  process.exitCode = r.failures.length ? 1 : 0;
} finally {
  tmp.remove();
}
