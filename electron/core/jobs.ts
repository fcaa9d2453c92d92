// Long operations (exports of many files, imports) report progress and can be cancelled between
// files. A job is named by the caller (the renderer makes the id, so it can cancel before the
// call returns); its progress goes out through the adapter's event channel.
import { AppError } from '../shared/errors';

export type ProgressDto = { jobId: string; done: number; total: number; current: string };
export type Job = {
  /** Reports progress and lets other calls (a cancel) run; throws 'cancelled' once cancelled. */
  step: (done: number, total: number, current: string) => Promise<void>;
  readonly cancelled: boolean;
  end: () => void;
};

const cancelledJobs = new Set<string>();
const running = new Set<string>();

export function startJob(jobId: string | undefined, emit: (p: ProgressDto) => void = () => {}): Job {
  const id = jobId ?? `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  running.add(id);
  return {
    get cancelled() {
      return cancelledJobs.has(id);
    },
    async step(done, total, current) {
      emit({ jobId: id, done, total, current });
      // Yield to the event loop so a cancel sent meanwhile is heard before the next file.
      await new Promise((resolve) => setImmediate(resolve));
      if (cancelledJobs.has(id)) throw new AppError('cancelled', '已取消');
    },
    end() {
      running.delete(id);
      cancelledJobs.delete(id);
    },
  };
}

/** true when the job was running and will stop before its next file. */
export function cancelJob(jobId: string): boolean {
  if (!running.has(jobId)) return false;
  cancelledJobs.add(jobId);
  return true;
}
