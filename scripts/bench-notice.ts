// How long reading a notice into a draft takes: a notice of 50,000 characters (the yubei, banan
// and lizhou plans one after another, with their tables and annexes) and one of 500,000, each
// extracted with the seeded registry, beside only cleaning the text (the floor any reading pays).
// Median of the runs, in milliseconds, and the heap it leaves in use. `npm run bench:notice`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startCore } from '../electron/core/app-core';
import { cleanText } from '../electron/core/notice/clean-text';
import { extractNotice } from '../electron/core/notice/extract';
import { unitRegistry } from '../electron/core/notice/registry';

const RUNS = 15;
const source = (id: string) => readFileSync(join('seeds', 'sources', `${id}.txt`), 'utf8');

function median(work: () => unknown, runs = RUNS): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-notice-'));
const core = startCore(join(dir, 'bench.db'));
try {
  const base = [source('yubei-2022'), source('banan-2017'), source('lizhou-2017')].join('\n');
  const fifty = base.slice(0, 50_000).padEnd(50_000, '。');
  const big = Array.from({ length: 10 }, () => fifty).join('\n');
  const registry = unitRegistry(core.db, '渝北区');
  console.log('从通知新建（中位数，毫秒）');
  for (const [label, text] of [['5 万字', fifty], ['50 万字', big]] as const) {
    const draft = extractNotice(text, registry);
    const clean = median(() => cleanText(text));
    const full = median(() => extractNotice(text, registry), label === '50 万字' ? 5 : RUNS);
    console.log(`  ${label.padEnd(6)} 识别 ${full.toFixed(1).padStart(7)} ms   仅清理文字 ${clean.toFixed(1).padStart(6)} ms   任务 ${draft.counts.tasks}  目标 < 1000 ms ${full < 1000 ? '达到' : '未达到'}`);
  }
  global.gc?.();
  console.log(`  堆内存 ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB`);
} finally {
  core.close();
  rmSync(dir, { recursive: true, force: true });
}
