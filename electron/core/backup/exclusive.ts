// While a restore copies pages into the live file, no other call may write to it (the copy holds
// the write lock, and a write waiting on it would block the app). dispatch asks here first and
// answers 'busy' with the reason instead.
import { AppError } from '../../shared/errors';

let reason: string | null = null;

export const exclusiveReason = (): string | null => reason;

export async function withExclusive<T>(why: string, work: () => Promise<T>): Promise<T> {
  if (reason) throw new AppError('busy', reason);
  reason = why;
  try {
    return await work();
  } finally {
    reason = null;
  }
}
