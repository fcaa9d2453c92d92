// `export`: a report as a submission-ready .xlsx, written whole or not at all (a temporary file
// beside the target, renamed when complete), so a failed run never leaves half a workbook.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AppCore } from '../core/app-core';
import { buildExport, reportKinds, reportLabels, type ReportKind } from '../core/excel/exports';
import { AppError } from '../shared/errors';
import { isIsoDate } from '../shared/dates';
import { fail } from './ledger-commands';
import { resolveUserPath } from './user-path';

type Io = { out: (s: string) => void; err: (s: string) => void };

export async function exportCommand(core: AppCore, options: Map<string, string>, io: Io): Promise<number> {
  const report = options.get('report') as ReportKind | undefined;
  if (!options.get('plan')) return fail(io, '请用 --plan 指定方案（如 banan-2017）。');
  if (!report || !reportKinds.includes(report)) {
    return fail(io, `请用 --report 指定报表：${reportKinds.map((k) => `${k}（${reportLabels[k]}）`).join('、')}。`);
  }
  const out = options.get('out');
  if (!out || !/\.(xlsx|docx)$/i.test(out)) return fail(io, '请用 --out 指定保存的文件，扩展名为 .xlsx（汇总也可为 .docx）。');
  const format = /\.docx$/i.test(out) ? 'docx' : 'xlsx';
  for (const name of ['as-of', 'from', 'to']) {
    const v = options.get(name);
    if (v !== undefined && !isIsoDate(v)) return fail(io, `--${name} 的日期格式应为 YYYY-MM-DD。`);
  }
  try {
    const file = await buildExport(core.db, {
      planId: options.get('plan')!, report, asOf: options.get('as-of'), period: options.get('period'),
      from: options.get('from'), to: options.get('to'), history: options.has('history'), format,
    });
    const target = resolveUserPath(out);
    const temp = `${target}.${process.pid}.part`;
    try {
      writeFileSync(temp, file.data);
      renameSync(temp, target);
    } catch (e) {
      rmSync(temp, { force: true });
      return fail(io, `无法写入 ${target}：${(e as NodeJS.ErrnoException).code === 'EACCES' ? '没有写入权限' : (e as Error).message}`);
    }
    io.out(`已导出${reportLabels[report]}：${target}（${Math.round(file.data.length / 1024)} KB）\n`);
    return 0;
  } catch (e) {
    if (e instanceof AppError) return fail(io, e.message);
    throw e;
  }
}
