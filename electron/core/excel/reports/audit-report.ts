// 操作记录 as a workbook: every change with its time (the office's clock), who, what and the fields
// before → after, in the words the screen uses (shared/audit.ts).
import { actionLabels, auditSummary, entityLabels } from '../../../shared/audit';
import type { AuditEntryDto } from '../../../shared/dto';
import type { SheetRow, SheetSpec } from '../sheet-spec';

export const auditSpec: SheetSpec = {
  sheetName: '操作记录',
  columns: [
    { key: 'no', header: '序号', width: 6, align: 'center' },
    { key: 'at', header: '时间', width: 20, align: 'center' },
    { key: 'actor', header: '经办人', width: 10, align: 'center' },
    { key: 'action', header: '操作', width: 6, align: 'center' },
    { key: 'entity', header: '对象', width: 16 },
    { key: 'change', header: '内容（修改前 → 修改后）', width: 80 },
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');
/** The stored UTC instant on the office's wall clock. */
function localTime(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function auditRows(entries: AuditEntryDto[]): SheetRow[] {
  return entries.map((e, i) => ({
    cells: {
      no: i + 1, at: localTime(e.at), actor: e.actor, action: actionLabels[e.action] ?? e.action,
      entity: `${entityLabels[e.entity] ?? e.entity}${e.entityId ? ` #${e.entityId}` : ''}`,
      change: auditSummary(e.before, e.after).slice(0, 2000),
    },
  }));
}
