import { App, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntryDto } from '../../../../electron/shared/dto';
import { auditApi, errorDetail, errorMessage, unitsApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { actionLabels, auditSummary as summary, entityLabels } from '../../../../electron/shared/audit';

type Filters = { from?: string; to?: string; entity?: string; actor?: string };

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
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  // The whole log in the chosen range, not only the rows on screen.
  const exportAll = async () => {
    setExporting(true);
    try {
      const r = await auditApi.export(filters);
      if (r.saved) void message.success(`操作记录已导出到 ${r.saved}`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Card
      title="操作记录"
      styles={{ body: { padding: '12px 16px' } }}
      extra={
        <Space wrap>
          <DatePicker.RangePicker aria-label="日期范围" allowEmpty={[true, true]} onChange={(v) => setFilters({ ...filters, from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })} />
          <Select aria-label="对象" allowClear placeholder="对象" style={{ width: 110 }} onChange={(v?: string) => setFilters({ ...filters, entity: v })} options={Object.entries(entityLabels).map(([value, label]) => ({ value, label }))} />
          <Input.Search aria-label="经办人" allowClear placeholder="经办人" style={{ width: 140 }} onSearch={(v) => setFilters({ ...filters, actor: v || undefined })} />
          <Button loading={exporting} onClick={() => void exportAll()}>导出 Excel</Button>
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
