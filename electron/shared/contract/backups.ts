// 备份与恢复: the backups in the folder in force, the folder and how many are kept, a backup made
// now, a restore, and the whole database out to a file and in from one (moving to a new PC).
import { z } from 'zod';
import type { BackupDto, BackupsDto, RestoreDto } from '../backups';
import { returns } from './common';
import type { SavedFileDto } from './exports';
import { jobId } from './exports';

const keep = (what: string) =>
  z.number({ error: `${what}应为 1 到 365 之间的整数` }).int(`${what}应为 1 到 365 之间的整数`).min(1, `${what}应为 1 到 365 之间的整数`).max(365, `${what}应为 1 到 365 之间的整数`);

/** A backup is named by its file name inside the backup folder, never by a path. */
const backupName = z.string().regex(/^医改台账-\d{8}-\d{6}(-\d+)?-\S+?\.db$/, '不是医改台账的备份文件名').max(80);

export const backupsContract = {
  'backups:list': { input: z.strictObject({}), result: returns<BackupsDto>() },
  /** folder null: back to the default folder beside the database */
  'backups:configure': {
    input: z.strictObject({
      folder: z.string().trim().min(1, '请填写备份文件夹').max(400, '路径过长').nullable(),
      keepDaily: keep('每日备份保留份数'),
      keepBeforeOps: keep('操作前备份保留份数'),
    }),
    result: returns<BackupsDto>(),
  },
} as const;

export const backupFilesContract = {
  'backups:create': { input: z.strictObject({ jobId }), result: returns<BackupDto>() },
  'backups:restore': { input: z.strictObject({ name: backupName, jobId }), result: returns<RestoreDto>() },
  /** The whole database as one file where the clerk saves it. */
  'backups:exportDb': { input: z.strictObject({ jobId }), result: returns<SavedFileDto>() },
  /** A database file from another PC replaces the data (after a backup); null when the dialog was closed. */
  'backups:importDb': { input: z.strictObject({ jobId }), result: returns<RestoreDto | null>() },
  /** A folder picked in the dialog, checked; null when the dialog was closed. */
  'backups:chooseFolder': { input: z.strictObject({}), result: returns<string | null>() },
} as const;
