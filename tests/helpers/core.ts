// A core over a fresh database file with the seed plans loaded, and what a test compares
// before and after a refused call.
import { afterAll, beforeAll, expect } from 'vitest';
import { startCore, type AppCore } from '../../electron/core/app-core';
import { dispatch } from '../../electron/core/dispatch';
import { tempDir } from './temp-db';

export type SeededCore = {
  core: () => AppCore;
  call: (channel: string, input: unknown) => ReturnType<typeof dispatch>;
  /** The call's value; a refusal fails the test with its message. */
  value: <T>(channel: string, input: unknown) => T;
  /** Expects a refusal with this code and a message matching `message`, and the database exactly as it was. */
  refused: (channel: string, input: unknown, code: string, message: RegExp) => void;
};

/** Starts a core before the file's tests and removes it after; `core()` reads the live one. */
export function useSeededCore(name: string): SeededCore {
  const tmp = tempDir();
  let started: AppCore | undefined;
  beforeAll(() => {
    started = startCore(tmp.file(`${name}.db`));
  });
  afterAll(() => {
    started?.close();
    tmp.remove();
  });
  const core = () => {
    if (!started) throw new Error('core not started');
    return started;
  };
  const call = (channel: string, input: unknown) => dispatch(core().handlers, channel, input);
  return {
    core,
    call,
    value: <T>(channel: string, input: unknown): T => {
      const r = call(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as T;
    },
    refused: (channel, input, code, message) => {
      const before = wholeDatabase(core());
      const r = call(channel, input);
      expect(r.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.message).toMatch(message);
      }
      expect(wholeDatabase(core())).toEqual(before);
    },
  };
}

/** Every table's full content, in a stable order: equal before and after means nothing changed. */
export function wholeDatabase(core: AppCore): Record<string, unknown[]> {
  const tables = core.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, core.db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
}
