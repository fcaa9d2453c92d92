// One operation in a process of its own, printing its peak resident memory as JSON:
//   import  60 returned templates for one week (removed again afterwards)
//   export  the largest export: the ledger of the first district with every progress note
import { startCore } from '../../electron/core/app-core';
import { buildExport } from '../../electron/core/excel/exports';
import { importTemplates } from '../../electron/core/excel/import/import-batch';
import { buildTemplates } from '../../electron/core/excel/templates';
import { startJob } from '../../electron/core/jobs';
import { fillTemplate, hospitalDay } from '../../tests/helpers/fill-template';
import { planIdOf } from './generate';

const [op, path] = process.argv.slice(2) as ['import' | 'export', string];
const planId = planIdOf(1);
const core = startCore(path!, { mode: 'readwrite' });
const mb = (kb: number) => kb / 1024;
const openMb = mb(process.resourceUsage().maxRSS);
const startedAt = new Date().toISOString();
let what: string;
if (op === 'import') {
  const period = '2026-01-14';
  const made = await buildTemplates(core.db, { planId, period, office: '基准区医改办' });
  const files = await Promise.all(made.map(async (f, i) => ({ name: f.fileName, data: await fillTemplate(f.data, hospitalDay(100 + i)) })));
  const job = startJob(undefined);
  await importTemplates(core.db, files.map((f) => ({ name: f.name, size: f.data.length, modifiedAt: '2026-01-15T09:00:00', read: () => f.data })), { planId, period }, job);
  job.end();
  // The benchmark's data stays as generated.
  core.db.prepare("DELETE FROM submissions WHERE period_start BETWEEN '2026-01-08' AND '2026-01-18'").run();
  core.db.prepare('DELETE FROM audit_log WHERE at >= ?').run(startedAt);
  what = '导入 60 份模板（含生成与填写）';
} else {
  const file = await buildExport(core.db, { planId, report: 'ledger', asOf: '2025-12-31', history: true });
  what = `最大的导出（台账含全部进展，${(file.data.length / 1024 / 1024).toFixed(1)} MB）`;
}
core.close();
console.log(JSON.stringify({ peakMb: mb(process.resourceUsage().maxRSS), openMb, what }));
