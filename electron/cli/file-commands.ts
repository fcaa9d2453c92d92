// The commands that write or read files — export, templates, import — through the same dispatch
// as the screens. Where the desktop shell shows a dialog, the command line has its arguments;
// progress of many files goes to stderr, so stdout stays one result per line.
import { mkdirSync } from 'node:fs';
import type { AppCore } from '../core/app-core';
import { dispatch, dispatchAsync, type FileAdapter } from '../core/dispatch';
import { reportKinds, reportLabels, type ReportKind } from '../core/excel/exports';
import { writeWhole } from '../core/files/write-whole';
import type { SavedFileDto, SavedFilesDto } from '../shared/contract/exports';
import type { FileResultDto, ImportReportDto } from '../shared/imports';
import { fail } from './ledger-commands';
import { resolveUserPath } from './user-path';

type Io = { out: (s: string) => void; err: (s: string) => void };

export function cliFiles(io: Io, paths: { out?: string; inputs?: string[] }): FileAdapter {
  return {
    saveFile: async (_name, data) => writeWhole(paths.out!, data),
    chooseFolder: async () => {
      mkdirSync(paths.out!, { recursive: true });
      return paths.out!;
    },
    chooseFiles: async () => paths.inputs ?? null,
    progress: (p) => {
      if (p.total > 1 && p.current) io.err(`[${p.done + 1}/${p.total}] ${p.current}\n`);
    },
  };
}

export async function exportCommand(core: AppCore, options: Map<string, string>, io: Io): Promise<number> {
  const report = options.get('report') as ReportKind | undefined;
  if (!options.get('plan')) return fail(io, '请用 --plan 指定方案（如 banan-2017）。');
  if (!report || !reportKinds.includes(report)) {
    return fail(io, `请用 --report 指定报表：${reportKinds.map((k) => `${k}（${reportLabels[k]}）`).join('、')}。`);
  }
  const out = options.get('out');
  if (!out || !/\.(xlsx|docx)$/i.test(out)) return fail(io, '请用 --out 指定保存的文件，扩展名为 .xlsx（汇总也可为 .docx）。');
  const input = {
    planId: options.get('plan'), report, asOf: options.get('as-of'), period: options.get('period'),
    from: options.get('from'), to: options.get('to'), history: options.has('history') || undefined,
    format: /\.docx$/i.test(out) ? 'docx' : undefined,
  };
  const result = await dispatchAsync(core.handlers, 'exports:save', input, cliFiles(io, { out: resolveUserPath(out) }));
  if (!result.ok) return fail(io, result.error.message);
  const saved = result.value as SavedFileDto;
  io.out(`已导出${reportLabels[report]}：${saved.saved}（${Math.round(saved.bytes / 1024)} KB）\n`);
  return 0;
}

export async function templatesCommand(core: AppCore, options: Map<string, string>, io: Io): Promise<number> {
  for (const [name, what] of [['plan', '方案'], ['period', '报送期'], ['out', '保存模板的文件夹']] as const) {
    if (!options.get(name)) return fail(io, `请用 --${name} 指定${what}。`);
  }
  const input = { planId: options.get('plan'), period: options.get('period') };
  const result = await dispatchAsync(core.handlers, 'templates:save', input, cliFiles(io, { out: resolveUserPath(options.get('out')!) }));
  if (!result.ok) return fail(io, result.error.message);
  const saved = result.value as SavedFilesDto;
  io.out(`已生成 ${saved.files.length} 份报送模板：${saved.folder}\n`);
  return 0;
}

/** One JSON object per file on stdout; non-zero when any file was rejected. */
export async function importCommand(core: AppCore, options: Map<string, string>, files: string[], io: Io): Promise<number> {
  if (!files.length) return fail(io, '请在命令后列出要导入的文件（或一个文件夹）。');
  const input = { planId: options.get('plan'), period: options.get('period'), receivedAt: options.get('received-at'), pick: 'files' };
  const result = await dispatchAsync(core.handlers, 'imports:templates', input, cliFiles(io, { inputs: files.map((f) => resolveUserPath(f)) }));
  if (!result.ok) return fail(io, result.error.message);
  const report = result.value as ImportReportDto;
  let results = report.results;
  const changed = results.filter((r) => r.status === 'changed').map((r) => r.file);
  if (options.has('confirm') && changed.length) {
    const written = dispatch(core.handlers, 'imports:overwrite', { batchId: report.batchId, files: changed });
    if (!written.ok) return fail(io, written.error.message);
    const byFile = new Map((written.value as FileResultDto[]).map((r) => [r.file, r]));
    results = results.map((r) => byFile.get(r.file) ?? r);
  }
  for (const r of results) {
    io.out(`${JSON.stringify({ file: r.file, status: r.status, unit: r.unit, period: r.period, errors: r.errors, notes: r.notes, changes: r.changes })}\n`);
  }
  if (results.some((r) => r.status === 'changed')) io.err('有改动或需核对的文件未写入；核对后加 --confirm 再次导入即可写入。\n');
  return results.some((r) => r.status === 'rejected') ? 1 : 0;
}
