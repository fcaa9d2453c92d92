// `export`: a report as a submission-ready .xlsx (the summary also as .docx), through the same
// dispatch as the screens. Written whole or not at all: a temporary file beside the target,
// renamed when complete, so a failed run never leaves half a workbook.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AppCore } from '../core/app-core';
import { dispatchAsync } from '../core/dispatch';
import { reportKinds, reportLabels, type ReportKind } from '../core/excel/exports';
import type { SavedFileDto } from '../shared/contract/exports';
import { AppError } from '../shared/errors';
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
  const target = resolveUserPath(out);
  const input = {
    planId: options.get('plan'), report, asOf: options.get('as-of'), period: options.get('period'),
    from: options.get('from'), to: options.get('to'), history: options.has('history') || undefined,
    format: /\.docx$/i.test(out) ? 'docx' : undefined,
  };
  const result = await dispatchAsync(core.handlers, 'exports:save', input, async (_name, data) => {
    const temp = `${target}.${process.pid}.part`;
    try {
      writeFileSync(temp, data);
      renameSync(temp, target);
    } catch (e) {
      rmSync(temp, { force: true });
      throw new AppError('write_failed', `无法写入 ${target}：${(e as NodeJS.ErrnoException).code === 'EACCES' ? '没有写入权限' : '请检查文件夹是否存在、文件是否正被打开'}`);
    }
    return target;
  });
  if (!result.ok) return fail(io, result.error.message);
  const saved = result.value as SavedFileDto;
  io.out(`已导出${reportLabels[report]}：${saved.saved}（${Math.round(saved.bytes / 1024)} KB）\n`);
  return 0;
}
