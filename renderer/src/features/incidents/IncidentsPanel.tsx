import { Button, Popconfirm, Radio, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { IncidentDto } from '../../../../electron/shared/reporting';
import { incidentCategoryLabels, incidentSeverityLabels } from '../../../../electron/shared/reporting';
import { errorDetail, errorMessage, incidentsApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../components/use-action';
import { stampText } from '../reporting/format';
import { IncidentEditor } from './IncidentEditor';
import { useIncidents } from './incidents-store';

const severityColor = { general: undefined, major: 'orange', critical: 'red' } as const;

/** 专报: events reported at once, open ones first; 办结 closes one, 重新打开 brings it back. */
export function IncidentsPanel({ planId, scope }: { planId: string | null; scope?: string }) {
  const [list, setList] = useState<IncidentDto[]>([]);
  const { openOnly, setOpenOnly, version, changed } = useIncidents();
  const [editing, setEditing] = useState<IncidentDto | 'new' | null>(null);
  const [error, setError] = useState<{ message: string; detail: string | null } | null>(null);
  const { run } = useAction();
  const load = useCallback(() => {
    incidentsApi.list({ planId: planId ?? undefined, open: openOnly || undefined }).then(
      (l) => { setList(l); setError(null); },
      (e: unknown) => setError({ message: errorMessage(e), detail: errorDetail(e) }),
    );
  }, [planId, openOnly, version]);
  useEffect(load, [load]);
  const setClosed = async (i: IncidentDto, closed: boolean) => {
    if (await run(() => incidentsApi.update({ incidentId: i.id, closed }), () => (closed ? `已办结“${i.title}”` : `已重新打开“${i.title}”`))) changed();
  };
  return (
    <div>
      <Space style={{ marginBottom: 8 }} wrap>
        <Button type="primary" onClick={() => setEditing('new')}>登记专报</Button>
        <Radio.Group value={openOnly} onChange={(e) => setOpenOnly(e.target.value as boolean)} optionType="button"
          options={[{ value: false, label: '全部' }, { value: true, label: '未办结' }]} />
      </Space>
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={load} />}
      <Table<IncidentDto> className="incident-table" size="small" rowKey="id" dataSource={list} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: openOnly ? '没有未办结的专报' : '还没有登记专报' }} scroll={{ x: 960 }}
        rowClassName={(i) => (i.closedAt ? 'incident-closed' : '')}
        columns={[
          { title: '收到时间', dataIndex: 'receivedAt', width: 130, render: stampText },
          { title: '单位', dataIndex: 'unitName', width: 160, ellipsis: true },
          { title: '类别', dataIndex: 'category', width: 80, render: (c: IncidentDto['category']) => incidentCategoryLabels[c] },
          { title: '等级', dataIndex: 'severity', width: 70, render: (s: IncidentDto['severity']) => <Tag color={severityColor[s]}>{incidentSeverityLabels[s]}</Tag> },
          // A button, not a bare link, so Tab reaches it and Enter opens it.
          { title: '标题', dataIndex: 'title', width: 240, render: (t: string, i) => <Button type="link" size="small" className="incident-title" title="修改专报" onClick={() => setEditing(i)}>{t}</Button> },
          { title: '处置措施', dataIndex: 'actions', ellipsis: { showTitle: true }, render: (a: string | null) => a ?? '—' },
          { title: '状态', dataIndex: 'closedAt', width: 130, render: (c: string | null) => (c ? <Tag>已办结 {stampText(c).slice(5)}</Tag> : <Tag color="red">未办结</Tag>) },
          {
            title: '', key: 'x', width: 90, render: (_, i) => (
              <Popconfirm title={i.closedAt ? '重新打开这件专报？' : '确认这件专报已处置完毕，办结？'} okText={i.closedAt ? '重新打开' : '办结'} cancelText="取消" onConfirm={() => void setClosed(i, !i.closedAt)}>
                <Button size="small" type="link">{i.closedAt ? '重新打开' : '办结'}</Button>
              </Popconfirm>
            ),
          },
        ]} />
      <IncidentEditor planId={planId} scope={scope} editing={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); changed(); }} />
    </div>
  );
}
