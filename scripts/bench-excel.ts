// How long Excel in and out takes at district scale, each beside the bare library on the same
// data. Import: 60 returned templates (banan-2017 with its 10 hospitals and 15 groups, plus 35
// more hospitals), filled as clerks fill them, read, checked and written — against SheetJS only
// parsing the same 60 files. Export: every report of the seeded plans — against exceljs writing
// the same cell values with no layout. Median of the runs, in milliseconds. `npm run bench:excel`.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as XLSX from 'xlsx';
import { startCore } from '../electron/core/app-core';
import { buildExport, reportKinds, reportLabels, type ExportInput } from '../electron/core/excel/exports';
import { importTemplates } from '../electron/core/excel/import/import-batch';
import type { IncomingFile } from '../electron/core/excel/import/template-import';
import { buildTemplates } from '../electron/core/excel/templates';
import { startJob } from '../electron/core/jobs';
import { fillTemplate, hospitalDay } from '../tests/helpers/fill-template';

const TEMPLATES = 60;
const IMPORT_RUNS = 5;
const EXPORT_RUNS = 9;

async function timed(runs: number, work: () => Promise<unknown> | unknown, before?: () => void): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** The same cells as the report, written by exceljs with no title, borders, widths or print setup. */
async function bareWrite(data: Buffer): Promise<() => Promise<unknown>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map((ws) => ({ name: ws.name, rows: (ws.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1)) }));
  return async () => {
    const out = new ExcelJS.Workbook();
    for (const s of sheets) out.addWorksheet(s.name).addRows(s.rows);
    return out.xlsx.writeBuffer();
  };
}

const dir = mkdtempSync(join(tmpdir(), 'yigai-bench-excel-'));
const core = startCore(join(dir, 'bench.db'));
try {
  const { db } = core;
  // 35 more hospitals report to banan-2017, on the hospitals' form, to make 60 reporters.
  const regimeId = db.prepare("SELECT id FROM reporting_regimes WHERE plan_id = 'banan-2017'").pluck().get() as number;
  const formId = db.prepare("SELECT id FROM report_forms WHERE regime_id = ? AND name = '医院运行信息报表'").pluck().get(regimeId) as number;
  const addUnit = db.prepare("INSERT INTO units (scope, name, kind) VALUES ('巴南区', ?, 'hospital')");
  const addReporter = db.prepare('INSERT INTO reporting_units (regime_id, unit_id, form_id, position) VALUES (?, ?, ?, ?)');
  for (let i = 1; i <= 35; i++) addReporter.run(regimeId, Number(addUnit.run(`巴南区第${i}社区卫生服务中心`).lastInsertRowid), formId, 100 + i);

  const templates = await buildTemplates(db, { planId: 'banan-2017', period: '2017-09-06', office: '区医改办' });
  if (templates.length !== TEMPLATES) throw new Error(`expected ${TEMPLATES} templates, got ${templates.length}`);
  const filled: IncomingFile[] = [];
  for (const [i, t] of templates.entries()) {
    const typed = t.fileName.includes('组_') ? { 工作进展: '按计划推进。', 存在问题: '无', 下步打算: '继续推进。' } : hospitalDay(80 + i);
    const data = await fillTemplate(t.data, typed);
    filled.push({ name: t.fileName, size: data.length, modifiedAt: '2017-09-06T15:00:00', read: () => data });
  }
  const bytes = filled.reduce((n, f) => n + f.size, 0);
  const clear = () => db.exec("DELETE FROM submissions WHERE period_start = '2017-09-06'");
  let imported = 0;
  const ours = await timed(IMPORT_RUNS, async () => {
    const report = await importTemplates(db, filled, { planId: 'banan-2017' }, startJob(undefined));
    imported = report.results.filter((r) => r.status === 'imported').length;
  }, clear);
  if (imported !== TEMPLATES) throw new Error(`only ${imported} of ${TEMPLATES} imported`);
  const bare = await timed(IMPORT_RUNS, () => filled.forEach((f) => XLSX.read(f.read(), { type: 'buffer', cellFormula: true, cellNF: true })));

  console.log(`医改台账 Excel benchmark: district scale (5 seeded plans; banan-2017 with ${TEMPLATES} reporters); median of ${IMPORT_RUNS} import runs, ${EXPORT_RUNS} export runs\n`);
  console.log(`${'operation'.padEnd(34)}  ${'app'.padStart(10)}  ${'bare library'.padStart(14)}  size`);
  const line = (name: string, app: number, lib: number | null, size: string) =>
    console.log(`${name.padEnd(34)}  ${`${app.toFixed(1)} ms`.padStart(10)}  ${(lib === null ? '—' : `${lib.toFixed(1)} ms`).padStart(14)}  ${size}`);
  line(`import ${TEMPLATES} returned templates`, ours, bare, `${Math.round(bytes / 1024)} KB in all; bare = SheetJS parse only`);

  const inputs: [string, ExportInput][] = [
    ...reportKinds.filter((k) => !['summary', 'ranking'].includes(k)).map((k): [string, ExportInput] => [
      `${reportLabels[k]} (${k === 'indicators' ? 'yubei-2022' : 'banan-2017'})`, { planId: k === 'indicators' ? 'yubei-2022' : 'banan-2017', report: k, asOf: '2017-12-31' },
    ]),
    ['任务分工台账 (yubei-2022)', { planId: 'yubei-2022', report: 'ledger', asOf: '2023-06-30' }],
    ['信息报送汇总表 (2017-09-06)', { planId: 'banan-2017', report: 'summary', period: '2017-09-06', asOf: '2017-09-07' }],
    ['信息报送汇总 Word (2017-09-06)', { planId: 'banan-2017', report: 'summary', period: '2017-09-06', asOf: '2017-09-07', format: 'docx' }],
    ['报送情况通报 (2017-09)', { planId: 'banan-2017', report: 'ranking', from: '2017-09-01', to: '2017-09-30', asOf: '2017-10-01' }],
  ];
  for (const [name, input] of inputs) {
    const file = await buildExport(db, input);
    const app = await timed(EXPORT_RUNS, () => buildExport(db, input));
    const lib = input.format === 'docx' ? null : await timed(EXPORT_RUNS, await bareWrite(file.data));
    line(`export ${name}`, app, lib, `${Math.round(file.data.length / 1024)} KB`);
  }
} finally {
  core.close();
  rmSync(dir, { recursive: true, force: true });
}
