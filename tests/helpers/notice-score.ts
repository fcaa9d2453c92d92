// How closely a draft read from a notice matches the curated seed plan of the same text:
// the share of the seed's tasks found with the right code and title, and of those, the share
// with exactly the right lead and cooperating units (compared as registry units, so an alias
// and its unit are the same).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../electron/core/db/open';
import { extractNotice } from '../../electron/core/notice/extract';
import { unitRegistry } from '../../electron/core/notice/registry';
import type { SeedPlan, SeedTask } from '../../electron/core/seeds/seed-schema';
import { flattenDraft, type DraftTask, type NoticeDraft } from '../../electron/shared/notice';

export const seedIds = ['banan-2017', 'yubei-2022', 'chongqing-2020h2', 'lizhou-2017'] as const;
export const scrambledId = 'chongqing-2018h2';

export function seedPlan(id: string): SeedPlan {
  return JSON.parse(readFileSync(join('seeds', `${id}.json`), 'utf8')) as SeedPlan;
}
export function seedSource(id: string): string {
  return readFileSync(join('seeds', 'sources', `${id}.txt`), 'utf8');
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s/g, '').replace(/[。.]$/, '');
const normCode = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

export type Score = {
  id: string;
  tasks: number;
  found: number;
  unitsRight: number;
  withUnits: number;
  withUnitsRight: number;
  missing: string[];
  wrongUnits: string[];
};

function seedTasks(tasks: SeedTask[]): SeedTask[] {
  return tasks.flatMap((t) => [t, ...seedTasks(t.children ?? [])]);
}

export function scoreDraft(db: Db, plan: SeedPlan, draft: NoticeDraft): Score {
  const registry = unitRegistry(db, plan.scope);
  const idOf = (name: string) => registry.find(name)?.id ?? `?${name}`;
  const drafted = flattenDraft(draft.tasks).map((x) => x.task).filter((t) => t.include);
  const used = new Set<DraftTask>();
  const score: Score = { id: plan.id, tasks: 0, found: 0, unitsRight: 0, withUnits: 0, withUnitsRight: 0, missing: [], wrongUnits: [] };
  let cursor = 0;
  for (const seed of seedTasks(plan.tasks)) {
    score.tasks++;
    const same = (t: DraftTask) => !used.has(t) && normCode(t.code) === normCode(seed.code) && norm(t.title) === norm(seed.title);
    // In text order from the last match, so a repeated code and title pairs with the right one.
    let i = drafted.findIndex((t, k) => k >= cursor && same(t));
    if (i < 0) i = drafted.findIndex(same);
    const seedRole = (role: string) => new Set((seed.units ?? []).filter((u) => u.role === role).map((u) => idOf(u.name)));
    if (seed.units?.length) score.withUnits++;
    if (i < 0) {
      score.missing.push(`${seed.code} ${seed.title}`);
      continue;
    }
    const task = drafted[i]!;
    used.add(task);
    cursor = i + 1;
    score.found++;
    const draftRole = (role: string) => new Set(task.units.filter((u) => u.role === role).map((u) => u.unitId ?? `?${u.name}`));
    const sameSet = (a: Set<unknown>, b: Set<unknown>) => a.size === b.size && [...a].every((x) => b.has(x));
    if (sameSet(seedRole('lead'), draftRole('lead')) && sameSet(seedRole('cooperating'), draftRole('cooperating'))) {
      score.unitsRight++;
      if (seed.units?.length) score.withUnitsRight++;
    } else {
      score.wrongUnits.push(
        `${seed.code} ${seed.title.slice(0, 20)}: 应为 ${(seed.units ?? []).map((u) => `${u.role[0]}:${u.name}`).join(' ')} | 读出 ${task.units.map((u) => `${u.role[0]}:${u.name}`).join(' ')}`,
      );
    }
  }
  return score;
}

export function scoreSeed(db: Db, id: string, transform: (text: string) => string = (t) => t): Score {
  const plan = seedPlan(id);
  return scoreDraft(db, plan, extractNotice(transform(seedSource(id)), unitRegistry(db, plan.scope)));
}

export const pct = (n: number, d: number) => (d ? (100 * n) / d : 100);

export function scoreLine(s: Score): string {
  return `${s.id.padEnd(18)} 任务 ${s.found}/${s.tasks} (${pct(s.found, s.tasks).toFixed(1)}%)  单位全对 ${s.unitsRight}/${s.tasks} (${pct(s.unitsRight, s.tasks).toFixed(1)}%)  其中有单位的 ${s.withUnitsRight}/${s.withUnits}`;
}
