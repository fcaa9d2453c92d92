// A core over a fresh database file with the seed plans loaded, and what a test compares
// before and after a refused call.
import { afterAll, beforeAll } from 'vitest';
import { startCore, type AppCore } from '../../electron/core/app-core';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from './temp-db';

/** Starts a core before the file's tests and removes it after; `core()` reads the live one. */
export function useSeededCore(name: string): { core: () => AppCore; call: (channel: string, input: unknown) => ReturnType<typeof dispatch> } {
  const tmp = tempDir();
  let core: AppCore | undefined;
  beforeAll(() => {
    core = startCore(tmp.file(`${name}.db`));
  });
  afterAll(() => {
    core?.close();
    tmp.remove();
  });
  const live = () => {
    if (!core) throw new Error('core not started');
    return core;
  };
  return { core: live, call: (channel, input) => dispatch(live().handlers, channel, input) };
}

/** Every table's full content, in a stable order: equal before and after means nothing changed. */
export function wholeDatabase(core: AppCore): Record<string, unknown[]> {
  const tables = core.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, core.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}
