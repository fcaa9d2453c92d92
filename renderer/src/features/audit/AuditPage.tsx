import { Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryDto } from '../../../../electron/shared/dto';
import { errorDetail, errorMessage, unitsApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { TaskStatus } from '../../../../electron/shared/dto';
import { statusLabels } from '../plans/format';

const entityLabels: Record<string, string> = {
  task: '任务', progress: '进展', plan: '方案', unit: '单位', group_roster: '工作组名单', settings: '设置',
};
const actionLabels: Record<string, string> = { create: '新增', update: '修改', delete: '删除', load: '载入', merge: '合并', rename: '改名' };

type Filters = { from?: string; to?: string; entity?: string; actor?: string };

// Field names as the clerk knows them; bookkeeping fields (ids, timestamps, positions) are not shown.
const fieldLabels: Record<string, string> = {
  title: '名称', name: '名称', code: '序号', body: '内容', status: '状态', deadline_text: '完成时限', deadlineText: '完成时限',
  due_on: '完成日期', dueOn: '完成日期', due_time: '钟点', parent_id: '上级任务', aliases: '别名', roster: '名单',
  officeName: '填报单位', clerkName: '经办人', dueSoonDays: '临期提醒天数', staleDays: '久未更新天数', enteredOn: '日期',
  completed_on: '完成日期', pause_reason: '暂缓原因', docNumber: '文号', issuer: '印发单位', issuedOn: '印发日期',
  units: '单位', leadUnits: '牵头单位', cooperatingUnits: '配合单位', groups: '责任组', group: '工作组', plan: '方案',
};
const hidden = new Set(['id', 'created_at', 'updated_at', 'createdAt', 'position', 'plan_id', 'kind', 'taskId', 'author', 'supersededBy', 'units_text', 'caution', 'start_on', 'deadline_kind', 'writtenNamesFollowed']);

/** A value in words: statuses in Chinese, lists of people or names joined, nothing as —. */
function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string') return statusLabels[v as TaskStatus] ?? v;
  if (Array.isArray(v)) return v.map((x) => (x && typeof x === 'object' ? String((x as Record<string, unknown>).person ?? (x as Record<string, unknown>).name ?? (x as Record<string, unknown>).written_name ?? JSON.stringify(x)) : show(x))).join('、') || '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A short, readable line for a before/after pair: the fields that changed, in the clerk's words. */
function summary(before: unknown, after: unknown): string {
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

/** 操作记录: every change, who made it and when, with what it was before and after. */
export function AuditPage() {
  const [filters, setFilters] = useState<Filters>({});
  const [rows, setRows] = useState<AuditEntryDto[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<{ message: string; detail: string | null } | null>(null);
  const fetch = useCallback(() => {
    setLoading(true);
    unitsApi.audit({ ...filters, limit: 2000 }).then(
      (r) => { setRows(r); setError(null); setLoading(false); },
      (e: unknown) => { setError({ message: errorMessage(e), detail: errorDetail(e) }); setLoading(false); },
    );
  }, [filters]);
  useEffect(fetch, [fetch]);
  return (
    <Card
      title="操作记录"
      styles={{ body: { padding: '12px 16px' } }}
      extra={
        <Space wrap>
          <DatePicker.RangePicker aria-label="日期范围" allowEmpty={[true, true]} onChange={(v) => setFilters({ ...filters, from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })} />
          <Select aria-label="对象" allowClear placeholder="对象" style={{ width: 110 }} onChange={(v?: string) => setFilters({ ...filters, entity: v })} options={Object.entries(entityLabels).map(([value, label]) => ({ value, label }))} />
          <Input.Search aria-label="经办人" allowClear placeholder="经办人" style={{ width: 140 }} onSearch={(v) => setFilters({ ...filters, actor: v || undefined })} />
        </Space>
      }
    >
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={fetch} />}
      <Table<AuditEntryDto>
        rowKey="id"
        size="small"
        sticky
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => `共 ${n} 条` }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 160, render: (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false }) },
          { title: '经办人', dataIndex: 'actor', width: 90 },
          { title: '操作', dataIndex: 'action', width: 60, render: (a: string) => actionLabels[a] ?? a },
          { title: '对象', key: 'entity', width: 170, render: (_, r) => `${entityLabels[r.entity] ?? r.entity}${r.entityId ? ` #${r.entityId}` : ''}` },
          { title: '内容（修改前 → 修改后）', key: 'change', render: (_, r) => <Typography.Text ellipsis={{ tooltip: summary(r.before, r.after) }} style={{ maxWidth: 640 }}>{summary(r.before, r.after)}</Typography.Text> },
        ]}
      />
    </Card>
  );
}
