// The benchmark's data, written straight into a database file, the same for a seed every time.
//   district  one district plan: 60 hospitals reporting daily through 2024 and weekly through 2025
//             (the standard hospital form: 11 figures and 4 narrative fields; nine in ten reports
//             arrive, some late), 1,000 tasks in 10 parts with lead and cooperating units and
//             groups and 20 progress notes each, 200 incidents, the three cost indicators
//   city      38 such districts in one database
// `npm run bench:data -- --scale district|city [--seed N] [--out FILE]`
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startCore } from '../../electron/core/app-core';
import { makeCalendar } from '../../electron/core/reporting/calendar';
import { listPeriods } from '../../electron/core/reporting/periods';
import { applyRegimeDefaults } from '../../electron/core/reporting/regime-setup';
import { requireRegime } from '../../electron/core/reporting/regime-load';
import type { Db } from '../../electron/core/db/open';

export type Scale = 'district' | 'city';
export const districtsOf: Record<Scale, number> = { district: 1, city: 38 };
export const HOSPITALS = 60;
export const FROM = '2024-01-01';
export const TO = '2025-12-31';
/** Bumped when what is generated changes, so a cached file is made again. */
export const generatorVersion = 2;

const PARTS = 10;
const TASKS_PER_PART = 100;
const NOTES_PER_TASK = 20;
const DEPARTMENTS = 40;
const GROUPS = 15;
const INCIDENTS = 200;

export const planIdOf = (d: number) => `d${String(d).padStart(2, '0')}`;
const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

export function benchFile(scale: Scale, seed: number): string {
  return join(process.cwd(), 'bench', 'data', `${scale}-s${seed}-v${generatorVersion}.db`);
}

/** Makes the file unless it is there already; answers its path and whether it was made now. */
export function ensureBenchData(scale: Scale, seed: number, log: (s: string) => void = () => {}): { path: string; made: boolean; ms: number } {
  const path = benchFile(scale, seed);
  if (existsSync(path)) return { path, made: false, ms: 0 };
  const started = performance.now();
  generate(path, scale, seed, log);
  return { path, made: true, ms: performance.now() - started };
}

export function generate(path: string, scale: Scale, seed: number, log: (s: string) => void = () => {}): void {
  mkdirSync(dirname(path), { recursive: true });
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  // The program makes the file (schema, seed plans); the bulk goes in with plain inserts.
  const core = startCore(path);
  const db = core.db;
  db.pragma('synchronous = OFF'); // generation only: the benchmark then opens it as the app does
  let state = seed >>> 0 || 1;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  for (let d = 1; d <= districtsOf[scale]; d++) {
    db.transaction(() => district(db, d, random))();
    if (d % 5 === 0 || d === districtsOf[scale]) log(`已生成 ${d}/${districtsOf[scale]} 个区`);
  }
  db.pragma('synchronous = FULL');
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  core.close();
}

function district(db: Db, d: number, random: () => number): void {
  const now = '2025-12-31T08:00:00.000Z';
  const planId = planIdOf(d);
  const scope = `基准${d}区`;
  db.prepare("INSERT INTO plans (id, title, issued_on, scope, origin, created_at) VALUES (?, ?, '2023-12-01', ?, 'manual', ?)").run(planId, `${scope}深化医药卫生体制改革实施方案`, scope, now);
  const unit = db.prepare('INSERT INTO units (scope, name, kind) VALUES (?, ?, ?)');
  const planUnit = db.prepare('INSERT OR IGNORE INTO plan_units (plan_id, unit_id) VALUES (?, ?)');
  const office = Number(unit.run(scope, `${scope}医改办`, 'office').lastInsertRowid);
  const departments = Array.from({ length: DEPARTMENTS }, (_, i) => Number(unit.run(scope, `${scope}第${i + 1}部门`, 'department').lastInsertRowid));
  const hospitals = Array.from({ length: HOSPITALS }, (_, i) => Number(unit.run(scope, `${scope}第${i + 1}医院`, 'hospital').lastInsertRowid));
  for (const u of [office, ...departments, ...hospitals]) planUnit.run(planId, u);

  // The reporting regime: daily through 2024, weekly after.
  const regime = Number(db.prepare("INSERT INTO reporting_regimes (plan_id, name, start_on, text, recipient_unit_id) VALUES (?, '信息报送制度', ?, '', ?)").run(planId, FROM, office).lastInsertRowid);
  db.prepare("INSERT INTO reporting_phases (regime_id, name, frequency, start_on, end_on, position) VALUES (?, '每日报送', 'daily', ?, '2024-12-31', 0)").run(regime, FROM);
  db.prepare("INSERT INTO reporting_phases (regime_id, name, frequency, start_on, end_on, position) VALUES (?, '每周报送', 'weekly', '2025-01-01', NULL, 1)").run(regime);
  const reporter = db.prepare('INSERT INTO reporting_units (regime_id, unit_id, position) VALUES (?, ?, ?)');
  hospitals.forEach((h, i) => reporter.run(regime, h, i));
  const indicator = db.prepare("INSERT INTO indicators (plan_id, code, position, name, unit_label, direction) VALUES (?, ?, ?, ?, ?, 'lower')");
  [['药占比', '%'], ['百元医疗收入中消耗的卫生材料', '元'], ['医疗费用增长幅度', '%']].forEach(([name, label], i) => indicator.run(planId, String(i + 1), i, name, label));
  applyRegimeDefaults(db, now);

  const r = requireRegime(db, planId);
  const form = r.forms.find((f) => f.name === '医院运行信息报表')!;
  const figures = form.fields.filter((f) => f.kind === 'figure');
  const narratives = form.fields.filter((f) => f.kind === 'narrative');
  const periods = listPeriods(r.rules, makeCalendar('none'), FROM, TO).filter((p) => p.needsReport);
  const sub = db.prepare("INSERT INTO submissions (reporting_unit_id, form_id, period_kind, period_start, received_at, source) VALUES (?, ?, ?, ?, ?, 'manual')");
  const num = db.prepare('INSERT INTO submission_values (submission_id, field_id, value_num) VALUES (?, ?, ?)');
  const text = db.prepare('INSERT INTO submission_values (submission_id, field_id, value_text) VALUES (?, ?, ?)');
  for (const p of periods) {
    for (const rep of r.reporters) {
      if (random() < 0.1) continue;
      const late = random() < 0.15;
      const id = Number(sub.run(rep.id, form.id, p.kind, p.start, `${p.dueAt.slice(0, 10)}T${late ? '23:30' : '09:15'}:00`).lastInsertRowid);
      const medical = 80 + random() * 60;
      figures.forEach((f, i) => num.run(id, f.id, i === 2 ? medical : i === 3 ? medical * (0.25 + random() * 0.1) : i === 4 ? medical * (0.12 + random() * 0.08) : Math.round(random() * 900)));
      narratives.slice(0, 3).forEach((f, i) => text.run(id, f.id, `${['按计划推进分级诊疗', '人员紧张', '下周继续推进'][i]}（${p.start}）`));
    }
  }

  // The ledger: 10 parts × 100 tasks, units and groups, 20 notes each (some with a status, some corrections).
  const group = db.prepare("INSERT INTO working_groups (plan_id, code, name, position) VALUES (?, '', ?, ?)");
  const groups = Array.from({ length: GROUPS }, (_, i) => Number(group.run(planId, `工作组${i + 1}`, i).lastInsertRowid));
  const task = db.prepare(
    `INSERT INTO tasks (plan_id, parent_id, kind, code, title, body, position, deadline_kind, deadline_text, due_on, due_time, created_at, updated_at)
     VALUES (?, ?, 'task', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('INSERT INTO task_units (task_id, unit_id, role, position, written_name) VALUES (?, ?, ?, ?, ?)');
  const duty = db.prepare("INSERT INTO group_tasks (group_id, task_id, role) VALUES (?, ?, 'responsible')");
  const note = db.prepare('INSERT INTO progress_entries (task_id, entered_on, body, status, author, created_at, supersedes_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const statuses = [null, null, null, 'in_progress', null, 'done', null, 'paused'] as const;
  let position = 0;
  let n = 0;
  for (let p = 0; p < PARTS; p++) {
    const part = Number(task.run(planId, null, `${p + 1}、`, `第${p + 1}部分`, null, ++position, 'year', '年底前', '2025-12-31', null, now, now).lastInsertRowid);
    for (let t = 0; t < TASKS_PER_PART; t++, n++) {
      const kinds = [
        ['date', `${(n % 12) + 1}月${(n % 28) + 1}日前`, day(n % 700), null],
        ['date', '6月20日8点', '2025-06-20', '08:00'],
        ['month', `${(n % 12) + 1}月`, day(30 * (n % 24) + 29), null],
        ['ongoing', '全程', null, null],
        ['none', null, null, null],
      ] as const;
      const [kind, deadlineText, due, time] = kinds[n % kinds.length]!;
      const id = Number(task.run(planId, part, `${t + 1}.`, `任务${n + 1}：推进第${p + 1}部分第${t + 1}项工作`, `任务${n + 1}的具体内容，涉及医保、价格和药品。`, ++position, kind, deadlineText, due, time, now, now).lastInsertRowid);
      const lead = departments[n % DEPARTMENTS]!;
      link.run(id, lead, 'lead', 0, `${scope}第${(n % DEPARTMENTS) + 1}部门`);
      for (let c = 1; c <= n % 4; c++) link.run(id, departments[(n + c * 7) % DEPARTMENTS]!, 'cooperating', c, `${scope}第${((n + c * 7) % DEPARTMENTS) + 1}部门`);
      for (let g = 0; g < n % 3; g++) duty.run(groups[(n + g * 5) % GROUPS]!, id);
      let previous = 0;
      for (let k = 0; k < NOTES_PER_TASK; k++) {
        const status = statuses[(n + k) % statuses.length] ?? null;
        const corrects = k % 9 === 8 ? previous : null;
        previous = Number(note.run(id, day((n % 30) + k * 30), `第${k + 1}次进展：已完成阶段工作${k + 1}`, status, '基准', now, corrects).lastInsertRowid);
      }
    }
  }

  const incident = db.prepare("INSERT INTO incident_reports (plan_id, unit_id, occurred_at, reported_at, title, body, created_at, category, severity) VALUES (?, ?, ?, ?, ?, ?, ?, 'other', ?)");
  for (let i = 0; i < INCIDENTS; i++) {
    const at = `${day(Math.floor(random() * 720))}T10:00:00`;
    incident.run(planId, hospitals[i % HOSPITALS]!, at, at, `专报${i + 1}：${scope}第${(i % HOSPITALS) + 1}医院突发情况`, '已妥善处置。', now, i % 10 === 0 ? 'major' : 'general');
  }
}

// As a command: npm run bench:data -- --scale district|city [--seed N] [--out FILE]
if (process.argv[1]?.endsWith('generate.ts')) {
  const args = process.argv.slice(2);
  const get = (name: string) => (args.indexOf(`--${name}`) >= 0 ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const scale = (get('scale') ?? 'district') as Scale;
  if (!(scale in districtsOf)) {
    console.error('--scale 应为 district 或 city');
    process.exit(2);
  }
  const seed = Number(get('seed') ?? 1);
  const out = get('out') ?? benchFile(scale, seed);
  const started = performance.now();
  generate(out, scale, seed, (s) => console.error(s));
  console.log(`已写入 ${out}（${scale}，种子 ${seed}），用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
