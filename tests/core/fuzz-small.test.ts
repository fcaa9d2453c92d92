// A small share of the fuzz run on every test run (the full one: npm run test:fuzz -- --count 5000).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus, type Base } from '../fuzz/corpus';
import { makeCase } from '../fuzz/mutate';
import { judgeCase } from '../fuzz/run-fuzz';
import { useSeededCore } from '../helpers/core';

const { core } = useSeededCore('fuzz-small');
let bases: Base[];
beforeAll(async () => {
  bases = await buildCorpus(core().db);
});

describe('fuzzing the importers and the notice reader', () => {
  it('answers 120 broken or hostile files, each with a Chinese refusal or a whole import', async () => {
    const failures: string[] = [];
    const seed = 7;
    for (let i = 0; i < 120; i++) {
      const c = makeCase(bases, i, seed);
      const v = await judgeCase(core(), c);
      if (!v.ok) failures.push(`#${i} ${c.mutation} · ${c.name}: ${v.problem}`);
    }
    expect(failures).toEqual([]);
    expect(core().db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);
});
