// 备份与恢复 as the renderer sees it: the backups in the folder in force, with what each holds.
export type BackupKind = 'daily' | 'manual' | 'import' | 'restore' | 'upgrade';

export const backupKindNames: Record<BackupKind, string> = {
  daily: '每日', manual: '手动', import: '导入前', restore: '恢复前', upgrade: '升级前',
};

export type BackupDto = {
  name: string;
  kind: BackupKind;
  /** office wall-clock time, YYYY-MM-DDTHH:MM:SS */
  madeAt: string;
  bytes: number;
  plans: number | null;
  submissions: number | null;
  progressNotes: number | null;
  /** time of the last audited change it holds (ISO) */
  lastChange: string | null;
  /** null when it opens and reads; else why not */
  problem: string | null;
};

export type BackupsDto = {
  folder: string;
  defaultFolder: string;
  keepDaily: number;
  keepBeforeOps: number;
  backups: BackupDto[];
  /** the last automatic backup that failed, in the clerk's words */
  warning: string | null;
};

export type RestoreDto = { restored: BackupDto; safetyBackup: string };
