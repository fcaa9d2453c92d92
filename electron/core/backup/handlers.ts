// 备份与恢复 through the contract: list, configure, back up now, restore, and the whole database
// out to one file and in from one. Restores and imports of a database back up the current data first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BackupsDto } from '../../shared/backups';
import { localStamp } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../audit/audit';
import type { CoreContext, Handlers } from '../handlers';
import { currentActor } from '../settings/settings';
import { backupFolderOf, defaultBackupFolder, readBackupSettings, writeBackupSettings } from './backup-settings';
import { listBackups, makeBackup, readBackupInfo, type BackupInfo } from './backup-files';
import { activeBackupFolder, automaticBackupWarning, backupNow, checkBackupFolder } from './backup-service';
import { restoreInto } from './restore';

type BackupHandlers = Pick<
  Handlers,
  'backups:list' | 'backups:configure' | 'backups:create' | 'backups:restore' | 'backups:exportDb' | 'backups:importDb' | 'backups:chooseFolder'
>;

const dto = ({ file: _file, ...rest }: BackupInfo) => rest;

function overview(dbPath: string): BackupsDto {
  const settings = readBackupSettings(dbPath);
  const folder = backupFolderOf(dbPath, settings);
  return {
    folder, defaultFolder: defaultBackupFolder(dbPath), keepDaily: settings.keepDaily, keepBeforeOps: settings.keepBeforeOps,
    backups: listBackups(folder).map(dto), warning: automaticBackupWarning(dbPath),
  };
}

function onDisk(dbPath: string): void {
  if (dbPath === ':memory:') throw new AppError('not_supported', '内存中的数据库没有备份');
}

export function backupHandlers({ db, dbPath }: CoreContext): BackupHandlers {
  const restoreResult = (r: { restored: BackupInfo; safetyBackup: string }) => ({ restored: dto(r.restored), safetyBackup: r.safetyBackup });
  return {
    'backups:list': () => overview(dbPath),
    'backups:configure': ({ folder, keepDaily, keepBeforeOps }) => {
      onDisk(dbPath);
      if (folder !== null) checkBackupFolder(folder);
      const before = readBackupSettings(dbPath);
      const next = { ...before, folder: folder === defaultBackupFolder(dbPath) ? null : folder, keepDaily, keepBeforeOps };
      writeBackupSettings(dbPath, next);
      writeAudit(db, { actor: currentActor(db), action: 'update', entity: 'backup_settings', before, after: next });
      return overview(dbPath);
    },
    'backups:create': async (_input, { job }) => {
      onDisk(dbPath);
      await job.step(0, 1, '正在备份');
      const file = await backupNow(db, dbPath, 'manual');
      return dto(readBackupInfo(file!));
    },
    'backups:restore': async ({ name }, { job }) => {
      onDisk(dbPath);
      await job.step(0, 1, name);
      const folder = activeBackupFolder(dbPath);
      return restoreResult(await restoreInto(db, dbPath, folder, join(folder, name)));
    },
    'backups:exportDb': async (_input, { adapter, job }) => {
      onDisk(dbPath);
      await job.step(0, 1, '正在导出数据文件');
      const temp = mkdtempSync(join(tmpdir(), 'yigai-export-'));
      try {
        const data = readFileSync(await makeBackup(db, temp, 'manual'));
        const fileName = `医改台账数据-${localStamp().slice(0, 10).replace(/-/g, '')}.db`;
        const saved = await adapter.saveFile(fileName, data);
        if (saved) writeAudit(db, { actor: currentActor(db), action: 'create', entity: 'database_export', entityId: fileName, after: { saved, bytes: data.length } });
        return { fileName, saved, bytes: data.length };
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    },
    'backups:importDb': async (_input, { adapter, job }) => {
      onDisk(dbPath);
      const paths = await adapter.chooseFiles('database');
      if (!paths?.length) return null;
      if (paths.length !== 1) throw new AppError('invalid_input', '请只选择一个数据文件');
      await job.step(0, 1, paths[0]!);
      return restoreResult(await restoreInto(db, dbPath, activeBackupFolder(dbPath), paths[0]!, '导入数据文件'));
    },
    'backups:chooseFolder': async (_input, { adapter }) => {
      const folder = await adapter.chooseFolder('backups');
      if (folder) checkBackupFolder(folder);
      return folder;
    },
  };
}
