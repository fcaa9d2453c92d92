// Peak resident memory of an import of 60 templates and of the largest export, each measured in a
// child process of its own (the peak of a process is only ever the process's).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Scale } from './generate';
import type { Line } from './scale-lines';

export function measureMemory(scale: Scale, path: string): Line[] {
  const child = join(process.cwd(), 'scripts', 'bench', 'memory-child.ts');
  const run = (op: string) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', child, op, path], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim().split('\n').pop()!) as { peakMb: number; openMb: number; what: string };
  return ['import', 'export'].map((op) => {
    const m = run(op);
    return { scale, name: `内存峰值：${m.what}`, value: m.peakMb, unit: 'MB' as const, baseline: '打开数据库后', baselineMs: undefined, target: `（记录；打开后 ${m.openMb.toFixed(0)} MB）`, holds: null };
  });
}
