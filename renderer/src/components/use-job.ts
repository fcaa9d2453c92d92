// A long operation the clerk can watch and stop: the job id is made here, so the progress events
// can be matched and a cancel sent before the call returns.
import { useRef, useState } from 'react';
import type { ProgressEvent } from '../../../electron/shared/channels';
import { jobsApi } from '../api';

export type JobState = { running: boolean; progress: ProgressEvent | null; cancelling: boolean };

export function useJob(): JobState & { start: <T>(work: (jobId: string) => Promise<T>) => Promise<T>; cancel: () => void } {
  const [state, setState] = useState<JobState>({ running: false, progress: null, cancelling: false });
  const current = useRef<string | null>(null);
  const start = async <T,>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    current.current = jobId;
    setState({ running: true, progress: null, cancelling: false });
    const stop = jobsApi.onProgress((p) => {
      if (p.jobId === jobId) setState((s) => ({ ...s, progress: p }));
    });
    try {
      return await work(jobId);
    } finally {
      stop();
      current.current = null;
      setState((s) => ({ ...s, running: false, cancelling: false }));
    }
  };
  const cancel = () => {
    if (!current.current) return;
    setState((s) => ({ ...s, cancelling: true }));
    void jobsApi.cancel(current.current);
  };
  return { ...state, start, cancel };
}
