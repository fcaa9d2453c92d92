import { Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryDto } from '../../../../electron/shared/dto';
import { errorDetail, errorMessage, unitsApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';

const entityLabels: Record<string, string> = {
  task: '任务', progress: '进展', plan: '方案', unit: '单位', group: '工作组', roster: '名单', settings: '设置', seed: '内置方案',
};
const actionLabels: Record<string, string> = { create: '新增', update: '修改', delete: '删除', load: '载入', merge: '合并', rename: '改名' };

type Filters = { from?: string; to?: string; entity?: string; actor?: string };

/** A short, readable line for a before/after value: the fields that changed, else the value itself. */
function summary(before: unknown, after: unknown): string {
  const show = (v: unknown) => (v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const b = before as Record<string, unknown>;
    const a = after as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
    return keys.map((k) => `${k}：${show(b[k])} → ${show(a[k])}`).join('；');
  }
  return before !== null && before !== undefined ? `${show(before)} → ${show(after)}` : show(after);
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
          { title: '对象', key: 'entity', width: 110, render: (_, r) => `${entityLabels[r.entity] ?? r.entity}${r.entityId ? ` #${r.entityId}` : ''}` },
          { title: '内容（修改前 → 修改后）', key: 'change', render: (_, r) => <Typography.Text ellipsis={{ tooltip: summary(r.before, r.after) }} style={{ maxWidth: 640 }}>{summary(r.before, r.after)}</Typography.Text> },
        ]}
      />
    </Card>
  );
}
