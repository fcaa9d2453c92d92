// Every file the program writes is written whole or not at all: into a temporary name beside the
// target, renamed when complete, so a failure (disk full, the file open in Excel or WPS) never
// leaves half a workbook where the clerk expects one.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '../../shared/errors';

export function writeWhole(target: string, data: Buffer): string {
  const temp = `${target}.${process.pid}.part`;
  try {
    writeFileSync(temp, data);
    renameSync(temp, target);
    return target;
  } catch (e) {
    rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? '没有写入权限，或该文件正在 Excel、WPS 中打开'
      : code === 'ENOSPC' ? '磁盘已满'
      : code === 'ENOENT' ? '文件夹不存在'
      : '请检查该文件是否正在 Excel 或 WPS 中打开，或所选文件夹是否可写';
    throw new AppError('write_failed', `无法保存到 ${target}：${why}。`);
  }
}
