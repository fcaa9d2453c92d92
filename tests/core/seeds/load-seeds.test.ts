import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { defaultSeedsDir } from '../../../electron/core/paths';
import { availableSeedPlanIds, readSeedPlan } from '../../../electron/core/seeds/read-seed';
import { loadSeedPlans } from '../../../electron/core/seeds/load-seeds';
import { getPlanDetail, listPlans } from '../../../electron/core/plans/plan-queries';
import { tempDir } from '../../helpers/temp-db';

const tmp = tempDir();
let db: Db;
const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

beforeAll(() => {
  db = openDatabase(tmp.file('seeded.db'));
  loadSeedPlans(db, defaultSeedsDir());
});
afterAll(() => {
  db.close();
  tmp.remove();
});

describe('loading the curated plans', () => {
  it('loads every plan file present, with its source text', () => {
    const ids = availableSeedPlanIds(defaultSeedsDir());
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(listPlans(db).map((p) => p.id).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(count("SELECT COUNT(*) AS n FROM plans WHERE id = ? AND length(source_text) > 3000", id)).toBe(1);
  });

  it('is idempotent: a second load adds nothing', () => {
    const before = ['tasks', 'units', 'task_units', 'working_groups', 'indicators', 'audit_log'].map((t) => count(`SELECT COUNT(*) AS n FROM ${t}`));
    const report = loadSeedPlans(db, defaultSeedsDir());
    expect(report.loaded).toEqual([]);
    const after = ['tasks', 'units', 'task_units', 'working_groups', 'indicators', 'audit_log'].map((t) => count(`SELECT COUNT(*) AS n FROM ${t}`));
    expect(after).toEqual(before);
  });

  it('counts headings, tasks, timeline items and duties apart, matching the seed files', () => {
    type T = { children?: T[] };
    const walk = (ts: T[] = []): number => ts.reduce((n, t) => n + 1 + walk(t.children), 0);
    const leaves = (ts: T[] = []): number => ts.reduce((n, t) => n + (t.children?.length ? leaves(t.children) : 1), 0);
    for (const p of listPlans(db)) {
      const seed = readSeedPlan(defaultSeedsDir(), p.id);
      const expected = {
        headings: walk(seed.tasks) - leaves(seed.tasks),
        tasks: leaves(seed.tasks),
        timeline: walk(seed.timeline),
        duties: (seed.groups ?? []).reduce((n, g) => n + walk(g.dutyTasks), 0),
      };
      expect(p.counts, p.id).toEqual(expected);
      expect(p.taskCount, p.id).toBe(expected.tasks);
      const all = expected.headings + expected.tasks + expected.timeline + expected.duties;
      expect(count('SELECT COUNT(*) AS n FROM tasks WHERE plan_id = ?', p.id)).toBe(all);
    }
    // the figures a reader of the plans would give: banan's 31 tasks under 9 headings, yubei's 94 division rows
    const byId = Object.fromEntries(listPlans(db).map((p) => [p.id, p.counts]));
    expect(byId['banan-2017']).toEqual({ headings: 9, tasks: 31, timeline: 39, duties: 65 });
    expect(byId['yubei-2022']).toEqual({ headings: 37, tasks: 94, timeline: 0, duties: 0 });
    expect(byId['chongqing-2020h2']).toMatchObject({ headings: 6, tasks: 26 });
  });

  it('keeps banan-2017 whole: 39 timeline rows with groups, 15 groups, 10 hospitals, 3 indicators, the regime', () => {
    expect(count("SELECT COUNT(*) AS n FROM tasks WHERE plan_id = 'banan-2017' AND kind = 'timeline'")).toBe(39);
    expect(count("SELECT COUNT(*) AS n FROM working_groups WHERE plan_id = 'banan-2017'")).toBe(15);
    expect(count("SELECT COUNT(*) AS n FROM units WHERE scope = '巴南区' AND kind = 'hospital'")).toBe(10);
    expect(count("SELECT COUNT(*) AS n FROM indicators WHERE plan_id = 'banan-2017'")).toBe(3);
    expect(count("SELECT COUNT(*) AS n FROM supervision_teams")).toBe(10);
    // every timeline row has at least one 责任组
    expect(count(`SELECT COUNT(*) AS n FROM tasks t WHERE t.plan_id = 'banan-2017' AND t.kind = 'timeline'
                  AND NOT EXISTS (SELECT 1 FROM group_tasks g WHERE g.task_id = t.id)`)).toBe(0);
    const row = db.prepare(`SELECT due_on, due_time, deadline_text FROM tasks WHERE plan_id = 'banan-2017' AND kind = 'timeline' AND due_time IS NOT NULL`).get() as { due_on: string; due_time: string };
    expect(row).toMatchObject({ due_on: '2017-09-01', due_time: '08:00' });
    const phases = db.prepare(`SELECT p.frequency, p.start_on, p.end_on FROM reporting_phases p JOIN reporting_regimes r ON r.id = p.regime_id
                               WHERE r.plan_id = 'banan-2017' ORDER BY p.position`).all();
    expect(phases).toEqual([
      { frequency: 'daily', start_on: '2017-09-01', end_on: '2017-09-30' },
      { frequency: 'weekly', start_on: '2017-10-01', end_on: null },
    ]);
  });

  it('keeps yubei-2022 indicators with the document’s own 序号 (19 twice, no 18)', () => {
    expect(count("SELECT COUNT(*) AS n FROM indicators WHERE plan_id = 'yubei-2022'")).toBe(28);
    expect(count("SELECT COUNT(*) AS n FROM indicators WHERE plan_id = 'yubei-2022' AND code = '19'")).toBe(2);
    expect(count("SELECT COUNT(*) AS n FROM indicators WHERE plan_id = 'yubei-2022' AND code = '18'")).toBe(0);
  });

  it('shares a renamed city unit between the 2018 and 2020 city plans', () => {
    const rows = db.prepare(`SELECT u.name, pu.plan_id FROM units u JOIN plan_units pu ON pu.unit_id = u.id
                             WHERE u.scope = '重庆市' AND u.name = '市卫生健康委' ORDER BY pu.plan_id`).all();
    expect(rows).toEqual([
      { name: '市卫生健康委', plan_id: 'chongqing-2018h2' },
      { name: '市卫生健康委', plan_id: 'chongqing-2020h2' },
    ]);
    expect(count(`SELECT COUNT(*) AS n FROM unit_aliases a JOIN units u ON u.id = a.unit_id
                  WHERE u.name = '市卫生健康委' AND a.alias = '市卫生计生委' AND a.plan_id = 'chongqing-2018h2'`)).toBe(1);
    expect(count("SELECT COUNT(*) AS n FROM units WHERE name = '市卫生计生委'")).toBe(0);
  });

  it('shows a unit in each plan under the name that plan writes', () => {
    const written = (planId: string) =>
      (db.prepare(`SELECT DISTINCT tu.written_name AS w FROM task_units tu JOIN tasks t ON t.id = tu.task_id
                   JOIN units u ON u.id = tu.unit_id WHERE t.plan_id = ? AND u.name = '市卫生健康委'`).all(planId) as { w: string }[]).map((r) => r.w);
    expect(written('chongqing-2018h2')).toEqual(['市卫生计生委']);
    expect(written('chongqing-2020h2')).toEqual(['市卫生健康委']);
    const task = getPlanDetail(db, 'chongqing-2018h2').tasks.find((t) => t.code === '（二）');
    expect(task?.units.map((u) => [u.writtenName, u.name, u.role])).toContainEqual(['市卫生计生委', '市卫生健康委', 'responsible']);
  });

  it('merges units within a scope but never across districts', () => {
    const scopes = db.prepare("SELECT DISTINCT scope FROM units WHERE name = '区财政局' ORDER BY scope").all() as { scope: string }[];
    expect(scopes.length).toBeGreaterThanOrEqual(2);
    expect(count("SELECT COUNT(*) AS n FROM (SELECT scope, name FROM units GROUP BY scope, name HAVING COUNT(*) > 1)")).toBe(0);
  });

  it('loads nothing when one file is bad, and says which file in Chinese', () => {
    const seeds = join(tmp.dir, 'seeds');
    cpSync(defaultSeedsDir(), seeds, { recursive: true });
    const file = join(seeds, 'lizhou-2017.json');
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    plan.tasks[0].children[0].units = [{ name: '不存在的单位', role: 'lead' }];
    writeFileSync(file, JSON.stringify(plan));
    const fresh = openDatabase(tmp.file('fresh.db'));
    expect(() => loadSeedPlans(fresh, seeds)).toThrowError(/lizhou-2017.*不存在的单位/);
    expect(fresh.prepare('SELECT COUNT(*) AS n FROM plans').get()).toEqual({ n: 0 });
    expect(fresh.prepare('SELECT COUNT(*) AS n FROM units').get()).toEqual({ n: 0 });
    fresh.close();
  });
});
