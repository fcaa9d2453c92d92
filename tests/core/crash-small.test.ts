// A few kills on every test run (the full run: npm run test:crash -- --count 200).
import { afterAll, describe, expect, it } from 'vitest';
import { runCrashTest } from '../crash/crash-run';
import { tempDir } from '../helpers/temp-db';

const tmp = tempDir('yigai-crash-');
afterAll(() => tmp.remove());

describe('killed in the middle', () => {
  it('an import, a bulk status change and a restore each leave a whole database, the operation all there or not at all', async () => {
    const report = await runCrashTest(tmp.dir, 6, 11);
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(6);
    expect(report.durations.import).toBeGreaterThan(0);
  }, 180_000);
});
