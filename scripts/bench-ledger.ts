// How long the ledger takes for a city-sized plan: 10 parts × 100 tasks with deadlines of every
// kind, units, groups and 20 progress notes a task (some with a status, some corrections).
// Measures ledger:list through dispatch and filterLedger for each filter kind, beside the raw
// SELECT of the same tasks. Median of 7 runs, in milliseconds. Not a test: `npm run bench:ledger`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../electron/core/db/open';
import { dispatch } from '../electron/core/dispatch';
import { createHandlers } from '../electron/core/handlers';
import { filterLedger, type LedgerFilters, type LedgerResult } from '../electron/shared/ledger';

const PARTS = 10;
const TASKS_PER_PART = 100;
const NOTES_PER_TASK = 20;
const UNITS = 40;
const GROUPS = 15;
const RUNS = 7;
const AS_OF = '2024-06-15';

function day(offset: number): string {
  return new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

/** One plan with its tree, units, groups and notes, written in one transaction. */
function fill(db: Db): void {
  const now = new Date().toISOString();
  db.prepare("INSERT INTO plans (id, title, issued_on, scope, origin, created_at) VALUES ('bench', '基准测试方案', '2024-01-01', '基准市', 'manual', ?)").run(now);
  const unit = db.prepare("INSERT INTO units (scope, name, kind) VALUES ('基准市', ?, 'department')");
  const units = Array.from({ length: UNITS }, (_, i) => Number(unit.run(`单位${i + 1}`).lastInsertRowid));
  const group = db.prepare("INSERT INTO working_groups (plan_id, code, name, position) VALUES ('bench', '', ?, ?)");
  const groups = Array.from({ length: GROUPS }, (_, i) => Number(group.run(`工作组${i + 1}`, i).lastInsertRowid));
  const task = db.prepare(
    `INSERT INTO tasks (plan_id, parent_id, kind, code, title, body, position, deadline_kind, deadline_text, due_on, due_time, created_at, updated_at)
     VALUES ('bench', ?, 'task', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('INSERT INTO task_units (task_id, unit_id, role, position, written_name) VALUES (?, ?, ?, ?, ?)');
  const duty = db.prepare("INSERT INTO group_tasks (group_id, task_id, role) VALUES (?, ?, 'responsible')");
  const note = db.prepare(
    'INSERT INTO progress_entries (task_id, entered_on, body, status, author, created_at, supersedes_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const statuses = [null, null, null, 'in_progress', null, 'done', null, 'paused'] as const;
  let position = 0;
  let n = 0;
  for (let p = 0; p < PARTS; p++) {
    const part = Number(task.run(null, `${p + 1}、`, `第${p + 1}部分`, null, ++position, 'year', '年底前', '2024-12-31', null, now, now).lastInsertRowid);
    for (let t = 0; t < TASKS_PER_PART; t++, n++) {
      // Deadlines of every kind; every fifth has none of its own and takes its part's.
      const kinds = [
        ['date', `${n % 12 + 1}月${n % 28 + 1}日前`, day(n % 360), null],
        ['date', '6月20日8点', '2024-06-20', '08:00'],
        ['month', `${n % 12 + 1}月`, day(30 * (n % 12) + 29), null],
        ['ongoing', '全程', null, null],
        ['none', null, null, null],
      ] as const;
      const [kind, text, due, time] = kinds[n % kinds.length]!;
      const id = Number(
        task.run(part, `${t + 1}.`, `任务${n + 1}：推进第${p + 1}部分第${t + 1}项工作`, `任务${n + 1}的具体内容，涉及医保、价格和药品。`, ++position,
          kind, text, due, time, now, now).lastInsertRowid,
      );
      link.run(id, units[n % UNITS]!, 'lead', 0, `单位${(n % UNITS) + 1}`);
      for (let c = 1; c <= n % 4; c++) link.run(id, units[(n + c * 7) % UNITS]!, 'cooperating', c, `单位${((n + c * 7) % UNITS) + 1}`);
      for (let g = 0; g < n % 3; g++) duty.run(groups[(n + g * 5) % GROUPS]!, id);
      let previous = 0;
      for (let k = 0; k < NOTES_PER_TASK; k++) {
        const status = statuses[(n + k) % statuses.length] ?? null;
        const corrects = k % 9 === 8 ? previous : null; // now and then a correction of the note before
        previous = Number(note.run(id, day(n % 30 + k * 9), `第${k + 1}次进展：已完成阶段工作${k + 1}`, status, '基准', now, corrects).lastInsertRowid);
      }
    }
  }
}

function median(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'yigai-bench-'));
const db = openDatabase(join(dir, 'bench.db'));
try {
  db.transaction(() => fill(db))();
  const handlers = createHandlers({ db, dbPath: join(dir, 'bench.db'), version: 'bench' });
  const list = () => {
    const r = dispatch(handlers, 'ledger:list', { asOf: AS_OF, planId: 'bench' });
    if (!r.ok) throw new Error(r.error.message);
    return r.value as LedgerResult;
  };
  const { rows } = list();
  const work = rows.filter((r) => !r.isHeading);
  const part = rows.find((r) => r.isHeading)!;
  const unit = work[0]!.leadUnits[0]!;
  const group = work.find((r) => r.groups.length)!.groups[0]!;
  const filters: [string, LedgerFilters][] = [
    ['方案 plan', { planId: 'bench' }],
    ['部分 part', { partId: part.id }],
    ['单位 unit', { unitId: unit.id }],
    ['工作组 group', { groupId: group.id }],
    ['灯色 light', { lights: ['red', 'yellow'] }],
    ['状态 status', { statuses: ['in_progress', 'paused'] }],
    ['到期 due range', { dueFrom: '2024-06-01', dueTo: '2024-08-31' }],
    ['文字 text', { text: '第3部分 医保' }],
  ];
  const counts = db.prepare('SELECT (SELECT COUNT(*) FROM tasks) AS tasks, (SELECT COUNT(*) FROM progress_entries) AS notes').get() as {
    tasks: number; notes: number;
  };
  const lines: [string, number, string][] = [
    ['raw SELECT of the tasks (better-sqlite3)', median(() => db.prepare("SELECT * FROM tasks WHERE plan_id = 'bench' ORDER BY position").all()), `${counts.tasks} rows`],
    ['ledger:list through dispatch', median(list), `${rows.length} rows`],
    ...filters.map(([name, f]): [string, number, string] => [`filterLedger: ${name}`, median(() => filterLedger(rows, f)), `${filterLedger(rows, f).length} rows`]),
  ];
  console.log(`医改台账 ledger benchmark: ${counts.tasks} tasks (${PARTS} parts × ${TASKS_PER_PART}), ${counts.notes} notes, as of ${AS_OF}; median of ${RUNS} runs\n`);
  const width = Math.max(...lines.map(([name]) => name.length));
  for (const [name, ms, note] of lines) console.log(`${name.padEnd(width)}  ${ms.toFixed(2).padStart(8)} ms   ${note}`);
} finally {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
