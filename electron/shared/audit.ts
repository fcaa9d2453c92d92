// The audit log in the clerk's words, for 操作记录 and its Excel export alike: what was changed,
// the fields that changed (bookkeeping fields left out), before → after.
import type { TaskStatus } from './dto';
import { statusLabels } from './ledger';

export const entityLabels: Record<string, string> = {
  task: '任务', progress: '进展', plan: '方案', unit: '单位', group_roster: '工作组名单', settings: '设置',
  submission: '报送', database: '数据库', backup_settings: '备份设置', database_export: '导出数据文件', contacts: '联系人',
};
export const actionLabels: Record<string, string> = { create: '新增', update: '修改', delete: '删除', load: '载入', merge: '合并', rename: '改名' };

// Field names as the clerk knows them; bookkeeping fields (ids, timestamps, positions) are not shown.
const fieldLabels: Record<string, string> = {
  title: '名称', name: '名称', code: '序号', body: '内容', status: '状态', deadline_text: '完成时限', deadlineText: '完成时限',
  due_on: '完成日期', dueOn: '完成日期', due_time: '钟点', parent_id: '上级任务', aliases: '别名', roster: '名单',
  officeName: '填报单位', clerkName: '经办人', dueSoonDays: '临期提醒天数', staleDays: '久未更新天数', enteredOn: '日期',
  completed_on: '完成日期', pause_reason: '暂缓原因', docNumber: '文号', issuer: '印发单位', issuedOn: '印发日期',
  units: '单位', leadUnits: '牵头单位', cooperatingUnits: '配合单位', groups: '责任组', group: '工作组', plan: '方案',
  reportingDefaults: '报送制度默认设置（版本）', restoredFrom: '恢复自备份', madeAt: '备份时间', safetyBackup: '恢复前的备份',
  folder: '备份文件夹', keepDaily: '每日备份保留份数', keepBeforeOps: '操作前备份保留份数', saved: '保存到',
};
const hidden = new Set(['id', 'created_at', 'updated_at', 'createdAt', 'position', 'plan_id', 'kind', 'taskId', 'author', 'supersededBy', 'units_text', 'caution', 'start_on', 'deadline_kind', 'writtenNamesFollowed', 'lastFullCheck', 'bytes']);

/** A value in words: statuses in Chinese, lists of people or names joined, nothing as —. */
function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return statusLabels[v as TaskStatus] ?? v;
  if (Array.isArray(v)) return v.map((x) => (x && typeof x === 'object' ? String((x as Record<string, unknown>).person ?? (x as Record<string, unknown>).name ?? (x as Record<string, unknown>).written_name ?? JSON.stringify(x)) : show(x))).join('、') || '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A short, readable line for a before/after pair: the fields that changed, in the clerk's words. */
export function auditSummary(before: unknown, after: unknown): string {
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const b = obj(before);
  const a = obj(after);
  if (!b && !a) return `${show(before)} → ${show(after)}`;
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])]
    .filter((k) => !hidden.has(k) && JSON.stringify(b?.[k] ?? null) !== JSON.stringify(a?.[k] ?? null));
  const label = (k: string) => fieldLabels[k] ?? k;
  if (!b) return keys.map((k) => `${label(k)}：${show(a![k])}`).join('；');
  if (!a) return `删除：${show(b.title ?? b.name)}`;
  return keys.map((k) => `${label(k)}：${show(b[k])} → ${show(a[k])}`).join('；');
}
