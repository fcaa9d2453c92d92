// Reads and validates one curated plan file; throws a Chinese message naming the file on bad data.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { seedPlan, type SeedPlan } from './seed-schema';

export const seedPlanIds = ['banan-2017', 'chongqing-2018h2', 'yubei-2022', 'chongqing-2020h2', 'lizhou-2017'] as const;

export function readSeedPlan(seedsDir: string, planId: string): SeedPlan {
  const file = join(seedsDir, `${planId}.json`);
  const parsed = seedPlan.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`种子文件 ${planId}.json 格式错误：${first?.path.join('.')} ${first?.message}`);
  }
  return parsed.data;
}

export function readSourceText(seedsDir: string, plan: SeedPlan): string {
  return readFileSync(join(seedsDir, plan.sourceFile), 'utf8');
}

export function availableSeedPlanIds(seedsDir: string): string[] {
  const present = new Set(readdirSync(seedsDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')));
  return seedPlanIds.filter((id) => present.has(id));
}
