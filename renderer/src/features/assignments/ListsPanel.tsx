// 交办清单: every list, newest first, with how many recipients signed, how many items are 销号
// and how many are overdue; a list opens in place; 新建清单 opens the editor.
import { Button, Space, Table, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AssignmentListDto, AssignmentSummaryDto } from '../../../../electron/shared/assignments';
import type { PlanSummary } from '../../../../electron/shared/dto';
import { assignmentsApi, errorMessage } from '../../api';
import { AsOfPicker } from '../../components/AsOfPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsOf } from '../../stores/as-of-store';
import { ListDetail } from './ListDetail';
import { ListEditor } from './ListEditor';

export function ListsPanel({ plans, onPlansChanged }: { plans: PlanSummary[]; onPlansChanged: () => void }) {
  const [lists, setLists] = useState<AssignmentSummaryDto[]>([]);
  const [open, setOpen] = useState<AssignmentListDto | null>(null);
  const [editing, setEditing] = useState<AssignmentListDto | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asOf = useAsOf((s) => s.asOf);
  const load = useCallback(() => void assignmentsApi.list(asOf).then((l) => { setLists(l); setError(null); }, (e: unknown) => setError(errorMessage(e))), [asOf]);
  useEffect(load, [load]);
  const openList = useCallback((id: number) => void assignmentsApi.get(id, asOf).then(setOpen, (e: unknown) => setError(errorMessage(e))), [asOf]);
  const openId = open?.id;
  // The items' lights follow the 查看日期, as everywhere else.
  useEffect(() => { if (openId !== undefined) openList(openId); }, [openId, openList]);
  const changed = (l: AssignmentListDto) => { openList(l.id); load(); if (l.status === 'issued') onPlansChanged(); };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {error && <ErrorNotice message={error} detail={null} onRetry={load} />}
      {open ? (
        <>
          <Space><Button onClick={() => { setOpen(null); load(); }}>← 返回清单列表</Button><AsOfPicker /></Space>
          <ListDetail list={open} onChanged={changed} onEdit={() => setEditing(open)} onDeleted={() => { setOpen(null); load(); }} />
        </>
      ) : (
        <>
          <Space><Button type="primary" onClick={() => setEditing('new')}>新建交办清单</Button><AsOfPicker /></Space>
          <Table<AssignmentSummaryDto> size="small" rowKey="id" dataSource={lists} pagination={{ pageSize: 20, showSizeChanger: false }} aria-label="交办清单列表"
            onRow={(l) => ({ onClick: () => openList(l.id), style: { cursor: 'pointer' } })}
            locale={{ emptyText: '还没有交办清单：点“新建交办清单”，把会议、文件或领导批示交办的事项列成清单。' }}
            columns={[
              { title: '编号', dataIndex: 'number', width: 110 },
              { title: '清单', dataIndex: 'title', render: (t: string) => <a>{t}</a> },
              { title: '交办日期', dataIndex: 'assignedOn', width: 110 },
              { title: '状态', width: 80, render: (_, l) => (l.status === 'issued' ? <Tag color="blue">已交办</Tag> : <Tag>草稿</Tag>) },
              { title: '事项', dataIndex: 'items', width: 60, align: 'center' },
              { title: '签收', width: 80, align: 'center', render: (_, l) => `${l.signed}/${l.recipients}` },
              { title: '销号', width: 70, align: 'center', render: (_, l) => `${l.closed}/${l.items}` },
              { title: '逾期', width: 60, align: 'center', render: (_, l) => (l.overdue ? <Tag color="red">{l.overdue}</Tag> : 0) },
            ]}
          />
        </>
      )}
      <ListEditor plans={plans} editing={editing} onClose={() => setEditing(null)} onSaved={(l) => { setEditing(null); changed(l); }} />
    </Space>
  );
}
