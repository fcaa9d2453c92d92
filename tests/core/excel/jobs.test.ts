// Long operations as jobs: progress for every file, and a cancel sent meanwhile stops the run
// before the next file, keeping what was done.
import { mkdirSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatch, dispatchAsync, type FileAdapter } from '../../../electron/core/dispatch';
import type { ProgressEvent } from '../../../electron/shared/channels';
import type { ImportReportDto } from '../../../electron/shared/imports';
import type { SavedFilesDto } from '../../../electron/shared/contract/exports';
import { useSeededCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-db';

const { core } = useSeededCore('jobs');
const tmp = tempDir();

function adapter(folder: string, onProgress: (p: ProgressEvent) => void): FileAdapter {
  return { saveFile: async () => null, chooseFolder: async () => folder, chooseFiles: async () => [folder], progress: onProgress };
}

describe('jobs', () => {
  it('reports every template as it is made, done of total', async () => {
    const seen: ProgressEvent[] = [];
    const r = await dispatchAsync(core().handlers, 'templates:save', { planId: 'banan-2017', period: '2017-09-12', jobId: 'all' }, adapter(tmp.file(''), (p) => seen.push(p)));
    expect(r).toMatchObject({ ok: true, value: { cancelled: false } });
    expect((r as { value: SavedFilesDto }).value.files).toHaveLength(25);
    expect(seen.map((p) => p.done)).toEqual([...Array(26).keys()]);
    expect(seen.every((p) => p.total === 25 && p.jobId === 'all')).toBe(true);
    expect(seen[1]!.current).toBe('巴南区人民医院');
  });

  it('stops before the next file when cancelled, keeping the files already written', async () => {
    const folder = tmp.file('cancelled');
    mkdirSync(folder);
    const r = await dispatchAsync(core().handlers, 'templates:save', { planId: 'banan-2017', period: '2017-09-12', jobId: 'stop-me' }, adapter(folder, (p) => {
      if (p.done === 3) expect(dispatch(core().handlers, 'jobs:cancel', { jobId: 'stop-me' })).toEqual({ ok: true, value: { cancelled: true } });
    }));
    expect(r).toMatchObject({ ok: true, value: { cancelled: true } });
    expect((r as { value: SavedFilesDto }).value.files).toHaveLength(3);
    expect(readdirSync(folder)).toHaveLength(3);
    expect(dispatch(core().handlers, 'jobs:cancel', { jobId: 'stop-me' })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('an import cancelled part-way answers the files it read and says it was cancelled', async () => {
    const r = await dispatchAsync(core().handlers, 'imports:templates', { planId: 'banan-2017', pick: 'folder', jobId: 'import-stop' },
      adapter(tmp.file(''), (p) => {
        if (p.done === 2) dispatch(core().handlers, 'jobs:cancel', { jobId: 'import-stop' });
      }));
    const report = (r as { value: ImportReportDto }).value;
    expect(report.cancelled).toBe(true);
    expect(report.results).toHaveLength(2);
  });
});
