// Timing and baselines for the benchmark: the median of several runs, and a recorder that notes
// every statement a handler runs (SQL and parameters) so the same queries can be issued raw
// through better-sqlite3 as the baseline — the handler's own queries, without what it does with
// the rows.
import type { Db } from '../../electron/core/db/open';

export function median(runs: number, work: () => unknown): number {
  work(); // warm: statements prepared, pages cached, as on a screen shown a second time
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

export async function medianAsync(runs: number, work: () => Promise<unknown>, between?: () => void | Promise<void>): Promise<number> {
  await work();
  await between?.();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
    await between?.();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

type Call = { sql: string; args: unknown[]; method: 'all' | 'get' | 'iterate' | 'run'; pluck: boolean };

/**
 * Wraps db.prepare so that, while recording, each statement's reads are noted. Install before the
 * handlers are made, so statements they prepare up front are seen too.
 */
export function queryRecorder(db: Db) {
  let recording: Call[] | null = null;
  const prepare = db.prepare.bind(db);
  (db as { prepare: unknown }).prepare = (sql: string) => {
    const statement = prepare(sql);
    let pluck = false;
    const proxy: object = new Proxy(statement, {
      get(target, key) {
        const value = Reflect.get(target, key, target) as unknown;
        if (typeof value !== 'function') return value;
        if (key === 'pluck') return (on = true) => { pluck = on; (target as { pluck: (b: boolean) => unknown }).pluck(on); return proxy; };
        if (key === 'all' || key === 'get' || key === 'iterate' || key === 'run') {
          return (...args: unknown[]) => {
            recording?.push({ sql, args, method: key, pluck });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return (...args: unknown[]) => {
          const out = (value as (...a: unknown[]) => unknown).apply(target, args);
          return out === target ? proxy : out;
        };
      },
    });
    return proxy;
  };
  return {
    /** The statements `work` ran. */
    record(work: () => unknown): Call[] {
      recording = [];
      try {
        work();
        return recording;
      } finally {
        recording = null;
      }
    },
    /** The same reads issued raw: prepared and fetched, nothing built from the rows. */
    replay(calls: Call[]): void {
      for (const c of calls) {
        if (c.method === 'run') continue;
        const s = prepare(c.sql);
        if (c.pluck) s.pluck();
        if (c.method === 'get') s.get(...c.args);
        else s.all(...c.args);
      }
    },
  };
}
