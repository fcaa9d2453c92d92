// Units (单位) across plans, group rosters and the audit log.
import { z } from 'zod';
import type { AuditEntryDto, GroupDto, UnitDto } from '../dto';
import { id, isoDate, optionalText, returns } from './common';
import { jobId, type SavedFileDto } from './exports';

const unitId = id('单位');
const unitName = z.string().trim().min(1, '单位名称不能为空').max(60, '单位名称不超过 60 个字');

const auditFilter = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  entity: z.string().trim().max(40).optional(),
  actor: z.string().trim().max(40).optional(),
};

export const unitsContract = {
  'units:list': { input: z.strictObject({}), result: returns<UnitDto[]>() },
  /** The old name stays an alias, so plans that write it still find the unit. */
  'units:rename': { input: z.strictObject({ unitId, name: unitName }), result: returns<UnitDto>() },
  /** Two rows that are one organisation: every link of mergeId moves to keepId, its names become aliases. */
  'units:merge': { input: z.strictObject({ keepId: unitId, mergeId: unitId }), result: returns<UnitDto>() },
  'groups:updateRoster': {
    input: z.strictObject({
      groupId: id('工作组'),
      entries: z
        .array(
          z.strictObject({
            role: z.enum(['leader', 'deputyLeader', 'member'], { error: '职务应为 组长、副组长 或 成员' }),
            person: z.string().trim().min(1, '姓名不能为空').max(40, '姓名不超过 40 个字'),
            post: optionalText('职务', 60),
            phone: optionalText('电话', 40),
            unitId: unitId.nullable().optional(),
          }),
        )
        .max(200, '名单过长'),
    }),
    result: returns<GroupDto>(),
  },
  'audit:list': {
    input: z.strictObject({ ...auditFilter, limit: z.number().int().min(1).max(5000).optional() }),
    result: returns<AuditEntryDto[]>(),
  },
} as const;

export const auditFilesContract = {
  /** 操作记录 with the same filters, as a workbook where the clerk saves it (all entries, not only the first 5,000). */
  'audit:export': { input: z.strictObject({ ...auditFilter, jobId }), result: returns<SavedFileDto>() },
} as const;
