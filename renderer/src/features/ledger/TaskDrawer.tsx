import { App, Button, DatePicker, Descriptions, Drawer, Form, Input, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { TaskStatus } from '../../../../electron/shared/dto';
import type { LedgerRow, ProgressDto } from '../../../../electron/shared/ledger';
import { errorMessage, ledgerApi } from '../../api';
import { LightBadge } from '../../components/LightBadge';
import { todayIso } from '../../stores/as-of-store';
import { deadlineLabel, statusLabels } from '../plans/format';
import { MoveTask } from './MoveTask';
import { TaskEditor } from './TaskEditor';
import { useAction } from '../../components/use-action';

type NoteForm = { enteredOn: dayjs.Dayjs; body: string; status?: TaskStatus };

/** One task: what it is, who owes it, its light, the progress log, and a note to add. */
export function TaskDrawer({ row, onClose, onChanged }: { row: LedgerRow | null; onClose: () => void; onChanged: () => void }) {
  const [entries, setEntries] = useState<ProgressDto[]>([]);
  const { busy: saving, run } = useAction();
  const [editing, setEditing] = useState(false);
  const [addingChild, setAddingChild] = useState(false);
  const [correcting, setCorrecting] = useState<ProgressDto | null>(null);
  const [form] = Form.useForm<NoteForm>();
  const { message } = App.useApp();
  const taskId = row?.id ?? null;
  const reload = useCallback(() => {
    if (taskId !== null) ledgerApi.progress(taskId).then(setEntries, (e: unknown) => void message.error(errorMessage(e)));
  }, [taskId, message]);
  useEffect(() => {
    setEntries([]);
    setCorrecting(null);
    form.resetFields();
    reload();
  }, [reload, form]);
  if (!row) return <Drawer open={false} />;
  const add = async (v: NoteForm) => {
    const done = await run(() => ledgerApi.addProgress({ taskIds: [row.id], enteredOn: v.enteredOn.format('YYYY-MM-DD'), body: v.body, status: v.status, supersedesId: correcting?.id }), () => correcting ? '更正已记录，原记录保留' : '进展已记录');
    if (done === undefined) return;
    form.resetFields();
    setCorrecting(null);
    reload();
    onChanged();
  };
  const remove = async () => {
    const done = await run(() => ledgerApi.deleteTask(row.id), ({ deleted }) => `已删除 ${deleted} 项任务`);
    if (done === undefined) return;
    onClose();
    onChanged();
  };
  return (
    <Drawer
      open
      width={560}
      title={<Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: row.title }}>{row.code} {row.title}</Typography.Paragraph>}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={() => setAddingChild(true)}>添加子任务</Button>
          <Button onClick={() => setEditing(true)}>编辑</Button>
          <Popconfirm title="删除此任务？" description={row.isHeading ? '其下的所有子任务和进展记录将一并删除。' : '其进展记录将一并删除。'} okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => void remove()}>
            <Button danger>删除</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="方案">{row.planTitle}</Descriptions.Item>
        {row.body && <Descriptions.Item label="内容">{row.body}</Descriptions.Item>}
        <Descriptions.Item label="牵头单位">{row.leadUnits.map((u) => u.name).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="配合单位">{row.cooperatingUnits.map((u) => u.name).join('、') || '—'}</Descriptions.Item>
        {row.groups.length > 0 && <Descriptions.Item label="责任组">{row.groups.map((g) => g.name).join('、')}</Descriptions.Item>}
        <Descriptions.Item label="完成时限">{deadlineLabel(row.deadline)}{row.dueInherited && row.due ? `（随上级，${row.due}）` : ''}</Descriptions.Item>
        <Descriptions.Item label="状态">
          {statusLabels[row.status]}
          {row.completedOn && `（${row.completedOn} 完成）`}
          {row.pauseReason && `（暂缓原因：${row.pauseReason}）`}
        </Descriptions.Item>
        <Descriptions.Item label="灯">
          <Space><LightBadge light={row.light} followUp={row.followUp} daysLate={row.daysLate} />{row.lightReason}</Space>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>{correcting ? `更正 ${correcting.enteredOn} 的记录` : '记录进展'}</Typography.Title>
      <Form form={form} layout="vertical" onFinish={(v) => void add(v)} initialValues={{ enteredOn: dayjs(todayIso()) }}>
        <Space align="start" wrap>
          <Form.Item name="enteredOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker aria-label="进展日期" allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="status" label="之后的状态（不改可不选）">
            <Select<TaskStatus>
              aria-label="之后的状态"
              allowClear
              style={{ width: 160 }}
              disabled={row.isHeading}
              options={(['not_started', 'in_progress', 'done', 'paused'] as const).map((s) => ({ value: s, label: statusLabels[s] }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="body" label="进展情况（暂缓时请写明原因）" rules={[{ required: true, whitespace: true, message: '请填写进展情况' }, { max: 2000, message: '不超过 2000 字' }]}>
          <Input.TextArea aria-label="进展情况" rows={3} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>{correcting ? '保存更正' : '记录'}</Button>
          {correcting && <Button onClick={() => setCorrecting(null)}>取消更正</Button>}
        </Space>
      </Form>
      <List
        style={{ marginTop: 16 }}
        header={<b>进展记录（{entries.length} 条，只增不改；更正会另起一条，原记录保留）</b>}
        dataSource={[...entries].reverse()}
        locale={{ emptyText: '尚无进展记录' }}
        renderItem={(p) => (
          <List.Item
            actions={[<a key="fix" onClick={() => setCorrecting(p)}>更正</a>]}
            style={p.supersededBy ? { opacity: 0.55 } : undefined}
          >
            <div>
              <Space size={6} wrap>
                <b>{p.enteredOn}</b>
                {p.status && <Tag>{statusLabels[p.status]}</Tag>}
                {p.supersededBy && <Tag color="orange">已被更正</Tag>}
                {p.supersedesId && <Tag color="blue">更正</Tag>}
                <Typography.Text type="secondary">{p.author ?? ''}</Typography.Text>
              </Space>
              <div style={{ whiteSpace: 'pre-wrap', textDecoration: p.supersededBy ? 'line-through' : undefined }}>{p.body}</div>
            </div>
          </List.Item>
        )}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>调整位置</Typography.Title>
      <MoveTask row={row} onMoved={onChanged} />
      {editing && <TaskEditor row={row} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); onChanged(); }} />}
      {addingChild && (
        <TaskEditor create={{ planId: row.planId, parentId: row.id }} onClose={() => setAddingChild(false)} onSaved={() => { setAddingChild(false); onChanged(); }} />
      )}
    </Drawer>
  );
}
