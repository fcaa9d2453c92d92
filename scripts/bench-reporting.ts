// How long the reporting regime takes at city scale: 60 hospitals reporting daily for a month,
// then weekly, over two years (2024–2025), nine in ten reports arriving (some late), five figures
// each. Measures the matrix over a month, a quarter and two years, one period's status, the
// indicators for one week and for two years, a two-year trend and today's panel, all through
// dispatch. Median and 95th percentile of 15 runs, in milliseconds. `npm run bench:reporting`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../electron/core/db/open';
import { dispatch } from '../electron/core/dispatch';
import { createHandlers } from '../electron/core/handlers';
import { makeCalendar } from '../electron/core/reporting/calendar';
import { listPeriods } from '../electron/core/reporting/periods';
import { applyRegimeDefaults } from '../electron/core/reporting/regime-setup';
import { requireRegime } from '../electron/core/reporting/regime-load';

const HOSPITALS = 60;
const RUNS = 15;
const FROM = '2024-01-01';
const TO = '2025-12-31';

function fill(db: Db): number {
  const now = new Date().toISOString();
  db.prepare("INSERT INTO plans (id, title, issued_on, scope, origin, created_at) VALUES ('bench', '基准市公立医院综合改革方案', '2023-12-01', '基准市', 'manual', ?)").run(now);
  const office = Number(db.prepare("INSERT INTO units (scope, name, kind) VALUES ('基准市', '市医改办', 'office')").run().lastInsertRowid);
  const regime = Number(db.prepare("INSERT INTO reporting_regimes (plan_id, name, start_on, text, recipient_unit_id) VALUES ('bench', '信息报送制度', ?, '', ?)").run(FROM, office).lastInsertRowid);
  db.prepare("INSERT INTO reporting_phases (regime_id, name, frequency, start_on, end_on, position) VALUES (?, '启动阶段', 'daily', '2024-01-01', '2024-01-31', 0)").run(regime);
  db.prepare("INSERT INTO reporting_phases (regime_id, name, frequency, start_on, end_on, position) VALUES (?, '常态阶段', 'weekly', '2024-02-01', NULL, 1)").run(regime);
  const unit = db.prepare("INSERT INTO units (scope, name, kind) VALUES ('基准市', ?, 'hospital')");
  const reporter = db.prepare('INSERT INTO reporting_units (regime_id, unit_id, position) VALUES (?, ?, ?)');
  for (let i = 0; i < HOSPITALS; i++) reporter.run(regime, Number(unit.run(`第${i + 1}医院`).lastInsertRowid), i);
  const indicator = db.prepare("INSERT INTO indicators (plan_id, code, position, name, unit_label, direction) VALUES ('bench', ?, ?, ?, ?, 'lower')");
  [['药占比', '%'], ['百元医疗收入中消耗的卫生材料', '元'], ['医疗费用增长幅度', '%']].forEach(([name, unitLabel], i) => indicator.run(String(i + 1), i, name, unitLabel));
  applyRegimeDefaults(db, now);

  const r = requireRegime(db, 'bench');
  const form = r.forms.find((f) => f.name === '医院运行信息报表')!;
  const field = (label: string) => form.fields.find((f) => f.label === label)!.id;
  const figures = ['医疗收入', '药品收入', '卫生材料收入', '医疗收入（上年同期）', '投诉件数'].map(field);
  const periods = listPeriods(r.rules, makeCalendar('none'), FROM, TO).filter((p) => p.needsReport);
  const sub = db.prepare("INSERT INTO submissions (reporting_unit_id, form_id, period_kind, period_start, received_at, source) VALUES (?, ?, ?, ?, ?, 'manual')");
  const value = db.prepare('INSERT INTO submission_values (submission_id, field_id, value_num) VALUES (?, ?, ?)');
  let n = 0;
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (const p of periods) {
    for (const rep of r.reporters) {
      if (random() < 0.1) continue; // one in ten never arrives
      const late = random() < 0.15;
      const id = Number(sub.run(rep.id, form.id, p.kind, p.start, late ? `${p.dueAt.slice(0, 10)}T23:30:00` : `${p.dueAt.slice(0, 10)}T09:15:00`).lastInsertRowid);
      const medical = 80 + random() * 60;
      const values = [medical, medical * (0.25 + random() * 0.1), medical * (0.12 + random() * 0.08), medical * 0.93, Math.floor(random() * 3)];
      figures.forEach((f, i) => value.run(id, f, values[i]!));
      n++;
    }
  }
  return n;
}

function timed(work: () => unknown): { median: number; p95: number } {
  work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)]!, p95: times[Math.ceil(RUNS * 0.95) - 1]! };
}

const dir = mkdtempSync(join(tmpdir(), 'yigai-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
try {
  const submissions = db.transaction(() => fill(db))();
  const handlers = createHandlers({ db, dbPath: join(dir, 'bench.db'), version: 'bench' });
  const call = (channel: string, input: unknown) => () => {
    const r = dispatch(handlers, channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value;
  };
  const indicatorId = db.prepare("SELECT id FROM indicators WHERE plan_id = 'bench' AND name = '药占比'").pluck().get();
  const lines: [string, { median: number; p95: number }][] = [
    ['reporting:matrix, one month (daily, 31 days)', timed(call('reporting:matrix', { planId: 'bench', from: '2024-01-01', to: '2024-01-31', asOf: TO }))],
    ['reporting:matrix, one quarter (weekly)', timed(call('reporting:matrix', { planId: 'bench', from: '2024-04-01', to: '2024-06-30', asOf: TO }))],
    ['reporting:matrix, two years', timed(call('reporting:matrix', { planId: 'bench', from: FROM, to: TO, asOf: TO }))],
    ['reporting:status, one day', timed(call('reporting:status', { planId: 'bench', period: '2024-01-15', asOf: TO }))],
    ['reporting:reminders, one week', timed(call('reporting:reminders', { planId: 'bench', period: '2025-06-11', asOf: TO }))],
    ['indicators:compute, one week', timed(call('indicators:compute', { planId: 'bench', period: '2025-06-11' }))],
    ['indicators:compute, two years', timed(call('indicators:compute', { planId: 'bench', from: FROM, to: TO }))],
    ['indicators:trend, two years', timed(call('indicators:trend', { planId: 'bench', indicatorId, from: FROM, to: TO }))],
    ['reporting:today', timed(call('reporting:today', { asOf: '2025-06-11' }))],
  ];
  const values = db.prepare('SELECT COUNT(*) FROM submission_values').pluck().get();
  console.log(`医改台账 reporting benchmark: ${HOSPITALS} hospitals, ${FROM} … ${TO} (daily for a month, then weekly), ${submissions} submissions, ${values} values; ${RUNS} runs\n`);
  const width = Math.max(...lines.map(([name]) => name.length));
  console.log(`${''.padEnd(width)}    median       p95`);
  for (const [name, t] of lines) console.log(`${name.padEnd(width)}  ${t.median.toFixed(2).padStart(8)} ms ${t.p95.toFixed(2).padStart(8)} ms`);
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
