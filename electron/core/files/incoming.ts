// Files handed to an import: paths the clerk picked in a dialog (a folder means the workbooks
// directly inside it), or bytes dropped on the window. Sizes are known before anything is read,
// so an oversized file is refused without loading it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { localStamp } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { IncomingFile } from '../excel/import/template-import';

export const workbookExtensions = /\.(xlsx|xls|et)$/i;

/** Paths as picked; a folder gives its workbooks, in name order, skipping Excel's ~$ lock files. */
export function incomingFromPaths(paths: string[]): IncomingFile[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new AppError('not_found', `找不到 ${p}`);
    if (!stat.isDirectory()) files.push(p);
    else {
      const inside = readdirSync(p).filter((n) => workbookExtensions.test(n) && !n.startsWith('~$')).sort((a, b) => a.localeCompare(b, 'zh-CN'));
      if (!inside.length) throw new AppError('not_found', `文件夹 ${p} 中没有 Excel 工作簿（.xlsx、.xls、.et）`);
      files.push(...inside.map((n) => join(p, n)));
    }
  }
  return files.map((path) => {
    const stat = statSync(path);
    return { name: basename(path), size: stat.size, modifiedAt: localStamp(stat.mtime), read: () => readFileSync(path) };
  });
}

export function incomingFromDropped(files: { name: string; modifiedAt: number; size: number; base64: string }[]): IncomingFile[] {
  return files.map((f) => ({
    name: basename(f.name.replace(/\\/g, '/')),
    size: f.base64 ? Buffer.byteLength(f.base64, 'base64') : f.size,
    modifiedAt: localStamp(new Date(f.modifiedAt)),
    read: () => Buffer.from(f.base64, 'base64'),
  }));
}

/**
 * The one workbook a clerk picked or dropped (a ledger, a contacts sheet); null when the dialog
 * was closed. `what` names it in the refusal of several files.
 */
export async function pickOneFile(
  input: { pick: 'files' | 'dropped' | 'folder'; files?: { name: string; modifiedAt: number; size: number; base64: string }[] },
  adapter: { chooseFiles: (pick: 'files' | 'folder') => Promise<string[] | null> },
  what: string,
): Promise<IncomingFile | null> {
  let file: IncomingFile | undefined;
  if (input.pick === 'dropped') file = incomingFromDropped(input.files ?? [])[0];
  else {
    const paths = await adapter.chooseFiles('files');
    if (!paths) return null;
    if (paths.length !== 1) throw new AppError('invalid_input', `请只选择一个${what}`);
    file = incomingFromPaths(paths)[0];
  }
  if (!file) throw new AppError('invalid_input', '没有选择文件');
  return file;
}
