import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { TaskStatus } from '../../../../electron/shared/dto';
import { ledgerApi } from '../../api';
import { todayIso } from '../../stores/as-of-store';
import { statusLabels } from '../plans/format';
import { useAction } from '../../components/use-action';

type Values = { enteredOn: dayjs.Dayjs; body: string; status?: TaskStatus };

/** On the ticked tasks at once: set a status, or add the same note; one note per task, all or none. */
export function BulkBar({ taskIds, onDone, onClear }: { taskIds: number[]; onDone: () => void; onClear: () => void }) {
  const [open, setOpen] = useState<'status' | 'note' | null>(null);
  const { busy: saving, run } = useAction();
  const [form] = Form.useForm<Values>();
  if (taskIds.length === 0) return null;
  const save = async (v: Values) => {
    const added = await run(() => ledgerApi.addProgress({ taskIds, enteredOn: v.enteredOn.format('YYYY-MM-DD'), body: v.body, status: v.status }), (added) => `已为 ${added.length} 项任务记录`);
    if (added === undefined) return;
    setOpen(null);
    form.resetFields();
    onDone();
  };
  return (
    <>
      <Alert
        type="info"
        style={{ marginBottom: 8 }}
        message={
          <Space wrap>
            <span>已选 {taskIds.length} 项</span>
            <Button size="small" onClick={() => setOpen('status')}>设置状态</Button>
            <Button size="small" onClick={() => setOpen('note')}>添加相同进展</Button>
            <Button size="small" type="link" onClick={onClear}>取消选择</Button>
          </Space>
        }
      />
      <Modal
        open={open !== null}
        title={open === 'status' ? `为 ${taskIds.length} 项任务设置状态` : `为 ${taskIds.length} 项任务添加相同进展`}
        okText="确定"
        cancelText="取消"
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ enteredOn: dayjs(todayIso()) }} onFinish={(v) => void save(v)}>
          <Form.Item name="enteredOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          {open === 'status' && (
            <Form.Item name="status" label="状态" rules={[{ required: true, message: '请选择状态' }]}>
              <Select aria-label="批量状态" options={(['not_started', 'in_progress', 'done', 'paused'] as const).map((s) => ({ value: s, label: statusLabels[s] }))} />
            </Form.Item>
          )}
          <Form.Item name="body" label={open === 'status' ? '说明（暂缓时写明原因）' : '进展情况'} rules={[{ required: true, whitespace: true, message: '请填写内容' }]}>
            <Input.TextArea rows={3} aria-label="批量进展内容" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
