// The clerk's words for a file or database operation the system refused: disk full, no
// permission (a read-only folder or USB stick), the file locked by another program.
import { AppError } from '../../shared/errors';

export function reasonOf(e: unknown): string | null {
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? '';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || /database or disk is full/i.test(message)) return '磁盘已满，请清理磁盘或换一个位置';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY') || /readonly database/i.test(message)) return '该位置是只读的（只读的文件夹、U 盘或光盘），无法写入';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') return '没有写入权限，请换一个文件夹或联系管理员';
  if (code === 'EBUSY' || code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || /database is locked/i.test(message)) return '文件正被另一个程序占用，请关闭占用它的程序后重试';
  if (code === 'ENOENT') return '文件夹不存在';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return '文件已损坏';
  if (code.startsWith('SQLITE_IOERR')) return '磁盘读写出错，请检查磁盘或 U 盘是否已拔出';
  return null;
}

/** An AppError saying what failed and why in the clerk's words; an AppError passes through. */
export function fileFailure(code: string, what: string, e: unknown): AppError {
  if (e instanceof AppError) return e;
  const why = reasonOf(e) ?? '请检查该位置是否可写';
  return new AppError(code, `${what}：${why}。`);
}
