// The file channels: a report saved where the clerk says, a folder of templates for a period,
// returned templates read back; and the two plain channels that go with them (confirming changed
// files, cancelling a job). Each long one steps its job between files, so progress shows and a
// cancel takes effect before the next file.
import { join } from 'node:path';
import { reportLabels, buildExport } from '../excel/exports';
import { importTemplates, overwriteChanged } from '../excel/import/import-batch';
import { importLedger, previewLedger, remapLedger } from '../excel/import/ledger-import';
import { buildTemplates } from '../excel/templates';
import type { CoreContext, Handlers } from '../handlers';
import { cancelJob } from '../jobs';
import { readReceivedAt } from '../reporting/submit';
import { getSettings } from '../settings/settings';
import { AppError } from '../../shared/errors';
import { incomingFromDropped, incomingFromPaths, pickOneFile } from './incoming';
import { writeWhole } from './write-whole';
import { backupBeforeImport } from '../backup/backup-service';

type FileHandlers = Pick<Handlers, 'exports:save' | 'templates:save' | 'imports:templates' | 'imports:overwrite' | 'imports:ledgerPreview'
  | 'imports:ledgerRemap' | 'imports:ledger' | 'jobs:cancel'>;

export function fileHandlers({ db, dbPath }: CoreContext): FileHandlers {
  return {
    'exports:save': async (input, { adapter, job }) => {
      await job.step(0, 1, reportLabels[input.report]);
      const file = await buildExport(db, input);
      await job.step(1, 1, file.fileName);
      const saved = await adapter.saveFile(file.fileName, file.data);
      return { fileName: file.fileName, saved, bytes: file.data.length };
    },
    'templates:save': async (input, { adapter, job }) => {
      const folder = await adapter.chooseFolder();
      if (!folder) return { folder: null, files: [], cancelled: false };
      const written: string[] = [];
      try {
        await buildTemplates(db, { ...input, office: getSettings(db).officeName }, job.step, (f) => {
          writeWhole(join(folder, f.fileName), f.data);
          written.push(f.fileName);
        });
      } catch (e) {
        if (e instanceof AppError && e.code === 'cancelled') return { folder, files: written, cancelled: true };
        throw e;
      }
      return { folder, files: written, cancelled: false };
    },
    'imports:templates': async (input, { adapter, job }) => {
      const receivedAt = input.receivedAt ? readReceivedAt(input.receivedAt) : undefined;
      let files;
      if (input.pick === 'dropped') files = incomingFromDropped(input.files ?? []);
      else {
        const paths = await adapter.chooseFiles(input.pick);
        if (!paths) return { batchId: '', results: [], cancelled: true };
        files = incomingFromPaths(paths);
      }
      if (!files.length) throw new AppError('invalid_input', '没有可导入的文件');
      // One backup per batch: changed files confirmed later (imports:overwrite) are covered by it.
      await backupBeforeImport(db, dbPath);
      return importTemplates(db, files, { planId: input.planId, period: input.period, receivedAt }, job);
    },
    'imports:overwrite': ({ batchId, files }) => overwriteChanged(db, batchId, files),
    'imports:ledgerPreview': async (input, { adapter, job }) => {
      const file = await pickOneFile(input, adapter, '台账文件');
      if (!file) return null;
      await job.step(0, 1, file.name);
      return previewLedger(db, file);
    },
    'imports:ledgerRemap': ({ previewId, mapping }) => remapLedger(db, previewId, mapping),
    'imports:ledger': async ({ previewId, mapping, planId, newPlan }, { job }) => {
      await job.step(0, 1, '正在导入台账');
      await backupBeforeImport(db, dbPath);
      return importLedger(db, previewId, mapping, planId ? { planId } : { newPlan: newPlan! });
    },
    'jobs:cancel': ({ jobId }) => ({ cancelled: cancelJob(jobId) }),
  };
}
