// The hot queries use indexes: every statement the screens run (recorded while each screen's
// handler answers, on the benchmark's district data) is put through EXPLAIN QUERY PLAN, and none
// may read a large table from end to end — where a screen has to see a whole table it is named
// here with the reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, planIdOf } from '../../../scripts/bench/generate';
import { queryRecorder } from '../../../scripts/bench/measure';
import { startCore, type AppCore } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import { createHandlers } from '../../../electron/core/handlers';
import { tempDir } from '../../helpers/temp-db';

const tmp = tempDir();
let core: AppCore;
let recorder: ReturnType<typeof queryRecorder>;
let handlers: ReturnType<typeof createHandlers>;
beforeAll(() => {
  generate(tmp.file('bench.db'), 'district', 1);
  core = startCore(tmp.file('bench.db'), { mode: 'readwrite' });
  recorder = queryRecorder(core.db);
  handlers = createHandlers({ db: core.db, dbPath: tmp.file('bench.db'), version: 'test' });
}, 60_000);
afterAll(() => {
  core.close();
  tmp.remove();
});

const large = ['tasks', 'progress_entries', 'submissions', 'submission_values', 'task_units', 'group_tasks', 'audit_log', 'incident_reports', 'units', 'reporting_units'];
const planId = planIdOf(1);
/** Screens that show a whole table by design, with the tables they may read whole. */
const wholeByDesign: Record<string, string[]> = {
  '任务台账（全部方案）': ['tasks', 'task_units', 'group_tasks', 'progress_entries'],
  单位: ['units', 'task_units'],
};

describe('query plans of the screens', () => {
  it('read no large table from end to end', () => {
    const taskId = core.db.prepare('SELECT id FROM tasks WHERE plan_id = ? AND parent_id IS NOT NULL LIMIT 1').pluck().get(planId);
    const screens: [string, string, unknown][] = [
      ['任务台账（一个方案）', 'ledger:list', { planId, asOf: '2025-06-30' }],
      ['任务台账（全部方案）', 'ledger:list', { asOf: '2025-06-30' }],
      ['报送情况', 'reporting:matrix', { planId, from: '2024-03-01', to: '2024-03-31', asOf: '2025-06-30' }],
      ['报送期状态', 'reporting:status', { planId, period: '2025-06-11', asOf: '2025-06-30' }],
      ['指标监测', 'indicators:compute', { planId, period: '2025-06-11' }],
      ['今日报送', 'reporting:today', { asOf: '2025-06-30' }],
      ['督办', 'followups:list', { planId, asOf: '2025-06-30' }],
      ['专报', 'incidents:list', { planId }],
      ['任务进展', 'progress:list', { taskId }],
      ['工作组', 'groups:list', { planId }],
      ['单位', 'units:list', {}],
      ['操作记录', 'audit:list', {}],
    ];
    const scans: string[] = [];
    for (const [name, channel, input] of screens) {
      const calls = recorder.record(() => expect(dispatch(handlers, channel, input)).toMatchObject({ ok: true }));
      for (const c of calls) {
        if (!/^\s*(SELECT|WITH)/i.test(c.sql)) continue;
        const plan = core.db.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...(c.args as unknown[])) as { detail: string }[];
        for (const { detail } of plan) {
          const table = /^SCAN (\w+)(?! USING (COVERING )?INDEX)/.exec(detail)?.[1];
          if (table && large.includes(table) && !(wholeByDesign[name] ?? []).includes(table) && !/USING (COVERING )?INDEX/.test(detail)) {
            scans.push(`${name}: ${detail} ← ${c.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
          }
        }
      }
    }
    expect(scans).toEqual([]);
  });
});
