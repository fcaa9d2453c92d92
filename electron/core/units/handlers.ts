// Handlers of the units area (contract/units.ts): units, group rosters and the audit log.
import type { auditFilesContract, unitsContract } from '../../shared/contract/units';
import { chineseDay, todayIso } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import { auditRows, auditSpec } from '../excel/reports/audit-report';
import { addSheet, newWorkbook, workbookBytes } from '../excel/workbook';
import { getSettings } from '../settings/settings';
import { listAudit } from '../audit/audit-queries';
import { updateRoster } from '../groups/roster-edit';
import type { CoreContext, Handlers } from '../handlers';
import { mergeUnits, renameUnit } from './unit-edit';
import { listUnits } from './unit-queries';

export function unitsHandlers(ctx: CoreContext): Pick<Handlers, keyof typeof unitsContract | keyof typeof auditFilesContract> {
  const { db } = ctx;
  return {
    'units:list': () => listUnits(db),
    'units:rename': ({ unitId, name }) => renameUnit(db, unitId, name),
    'units:merge': ({ keepId, mergeId }) => mergeUnits(db, keepId, mergeId),
    'groups:updateRoster': ({ groupId, entries }) => updateRoster(db, groupId, entries),
    'audit:list': (filter) => listAudit(db, filter),
    'audit:export': async ({ jobId: _job, ...filter }, { adapter, job }) => {
      await job.step(0, 1, '正在导出操作记录');
      const entries = listAudit(db, { ...filter, limit: Number.MAX_SAFE_INTEGER });
      if (!entries.length) throw new AppError('empty_report', '所选范围内没有操作记录');
      const range = filter.from || filter.to ? `${filter.from ? chineseDay(filter.from, true) : '最早'}至${filter.to ? chineseDay(filter.to, true) : '今'}` : '全部';
      const wb = newWorkbook();
      addSheet(wb, auditSpec, {
        title: '医改台账操作记录', office: getSettings(db).officeName, date: chineseDay(todayIso(), true),
        note: `范围：${range}${filter.actor ? `；经办人：${filter.actor}` : ''}；共 ${entries.length} 条`, rows: auditRows(entries),
      });
      const data = await workbookBytes(wb);
      const fileName = `操作记录_${todayIso()}.xlsx`;
      return { fileName, saved: await adapter.saveFile(fileName, data), bytes: data.length };
    },
  };
}
