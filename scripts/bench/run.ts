// `npm run bench [-- --scale district|city] [--runs N]`: the benchmark suite. At each scale it
// times what the screens, exports and imports do, each beside a baseline measured in the same run
// on the same data, prints the table with each target and whether it holds, and writes
// bench/results.json. The renderer lines are measured in Chromium through the harness at district
// scale (1,000 tasks). Data comes from generate.ts and is kept in bench/data/ between runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { districtsOf, ensureBenchData, type Scale } from './generate';
import { measureScale, type Line } from './scale-lines';
import { measureRenderer } from './renderer-lines';
import { measureMemory } from './memory-lines';

const args = process.argv.slice(2);
const get = (name: string) => (args.indexOf(`--${name}`) >= 0 ? args[args.indexOf(`--${name}`) + 1] : undefined);
const scales = (get('scale') ? [get('scale')] : ['district', 'city']) as Scale[];
const runs = Number(get('runs') ?? 7);
const seed = 1;
const started = performance.now();
const lines: Line[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

for (const scale of scales) {
  if (!(scale in districtsOf)) throw new Error('--scale 应为 district 或 city');
  const data = ensureBenchData(scale, seed, log);
  if (data.made) log(`已生成 ${scale} 数据：${(data.ms / 1000).toFixed(1)} s`);
  log(`测量 ${scale} …`);
  lines.push(...(await measureScale(scale, data.path, runs, log)));
  lines.push(...measureMemory(scale, data.path));
  if (scale === 'district') lines.push(...(await measureRenderer(data.path, runs)));
}

const machine = `${cpus().length} 核 ${cpus()[0]?.model.trim() ?? ''}，内存 ${Math.round(totalmem() / 2 ** 30)} GB，Node ${process.version}，${process.platform}`;
const fmt = (ms: number | undefined) => (ms === undefined ? '' : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const table = [
  '| 规模 | 项目 | 用时 | 基线 | 基线用时 | 倍数 | 目标 | 结果 |',
  '|---|---|---:|---|---:|---:|---|---|',
  ...lines.map((l) => `| ${l.scale} | ${l.name} | ${l.unit === 'MB' ? `${l.value.toFixed(0)} MB` : fmt(l.value)} | ${l.baseline ?? ''} | ${fmt(l.baselineMs)} | ${l.baselineMs ? `${(l.value / l.baselineMs).toFixed(2)}×` : ''} | ${l.target} | ${l.holds === null ? '—' : l.holds ? '达到' : `未达到${l.reason ? `：${l.reason}` : ''}`} |`),
];
console.log(`医改台账性能基准（${machine}；每项取 ${runs} 次的中位数）\n`);
console.log(table.join('\n'));
const failed = lines.filter((l) => l.holds === false);
console.log(`\n共 ${lines.length} 项，达到目标 ${lines.filter((l) => l.holds).length} 项，未达到 ${failed.length} 项${failed.length ? `（${failed.filter((l) => l.reason).length} 项附原因）` : ''}；用时 ${((performance.now() - started) / 1000).toFixed(0)} s`);
mkdirSync('bench', { recursive: true });
writeFileSync(join('bench', 'results.json'), JSON.stringify({ at: new Date().toISOString(), machine, runs, lines }, null, 2));
