import { Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ExemptMode, PhaseDto, RegimeSetupDto } from '../../../../electron/shared/reporting';
import { exemptModeLabels, frequencyLabels, weekdayLabels } from '../../../../electron/shared/reporting';
import type { Frequency } from '../../../../electron/shared/dto';
import { reportingApi } from '../../api';
import { useAction } from '../../components/use-action';

type PhaseForm = {
  name: string; frequency: Frequency; range: [Dayjs, Dayjs | null]; dueTime: Dayjs; dueWeekday: number; weekStart: number; exemptMode: ExemptMode;
};
const weekdayOptions = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: weekdayLabels[d] }));
const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }));

export const dueText = (p: PhaseDto) =>
  p.frequency === 'weekly' ? `每${weekdayLabels[p.dueWeekday]} ${p.dueTime} 前` : p.frequency === 'daily' ? `当日 ${p.dueTime} 前` : `月末 ${p.dueTime} 前`;

/** 报送阶段: dates, frequency, due time, the week's first day, and which days need no report. */
export function PhasesCard({ setup, onChange }: { setup: RegimeSetupDto; onChange: (s: RegimeSetupDto) => void }) {
  const [editing, setEditing] = useState<PhaseDto | 'new' | null>(null);
  const [form] = Form.useForm<PhaseForm>();
  const frequency = Form.useWatch('frequency', form);
  const { busy, run } = useAction();
  const open = (p: PhaseDto | 'new') => {
    form.resetFields();
    if (p !== 'new') {
      form.setFieldsValue({
        name: p.name, frequency: p.frequency, range: [dayjs(p.startOn), p.endOn ? dayjs(p.endOn) : null],
        dueTime: dayjs(`2000-01-01T${p.dueTime}`), dueWeekday: p.dueWeekday, weekStart: p.weekStart, exemptMode: p.exemptMode,
      });
    } else form.setFieldsValue({ frequency: 'weekly', dueTime: dayjs('2000-01-01T12:00'), dueWeekday: 5, weekStart: 1, exemptMode: 'official' });
    setEditing(p);
  };
  const save = async () => {
    const v = await form.validateFields();
    const fields = {
      name: v.name, frequency: v.frequency, startOn: v.range[0].format('YYYY-MM-DD'), endOn: v.range[1]?.format('YYYY-MM-DD') ?? null,
      dueTime: v.dueTime.format('HH:mm'), dueWeekday: v.dueWeekday, weekStart: v.weekStart, exemptMode: v.exemptMode,
    };
    const s = await run(
      () => (editing === 'new' ? reportingApi.addPhase({ regimeId: setup.regimeId, ...fields }) : reportingApi.updatePhase({ phaseId: (editing as PhaseDto).id, ...fields })),
      () => '报送阶段已保存',
    );
    if (s) {
      onChange(s);
      setEditing(null);
    }
  };
  const remove = async (p: PhaseDto) => {
    const s = await run(() => reportingApi.removePhase(p.id), () => `已删除阶段“${p.name}”`);
    if (s) onChange(s);
  };
  return (
    <Card size="small" title="报送阶段" extra={<Button size="small" onClick={() => open('new')}>添加阶段</Button>} style={{ marginBottom: 12 }}>
      <Table<PhaseDto> size="small" rowKey="id" pagination={false} dataSource={setup.phases} columns={[
        { title: '阶段', dataIndex: 'name' },
        { title: '频次', dataIndex: 'frequency', width: 70, render: (f: Frequency) => frequencyLabels[f] },
        { title: '起止日期', key: 'range', render: (_, p) => `${p.startOn} 至 ${p.endOn ?? '长期'}` },
        { title: '报送时限', key: 'due', render: (_, p) => dueText(p) },
        { title: '不需报送的日子', dataIndex: 'exemptMode', render: (m: ExemptMode) => exemptModeLabels[m] },
        {
          title: '', key: 'actions', width: 110, render: (_, p) => (
            <Space size={4}>
              <Button size="small" type="link" onClick={() => open(p)}>修改</Button>
              <Popconfirm title={`删除阶段“${p.name}”？`} description="已录入的报送不会删除。" okText="删除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => void remove(p)}>
                <Button size="small" type="link" danger>删除</Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]} />
      <Modal open={editing !== null} title={editing === 'new' ? '添加报送阶段' : '修改报送阶段'} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={() => setEditing(null)} confirmLoading={busy}>
        <Form form={form} layout="vertical">
          <Form.Item name="name" label="阶段名称" rules={[{ required: true, message: '请填写阶段名称' }]}><Input /></Form.Item>
          <Form.Item name="frequency" label="频次"><Select options={options(frequencyLabels)} /></Form.Item>
          <Form.Item name="range" label="起止日期（结束日期可留空，表示长期）" rules={[{ required: true, message: '请选择开始日期' }]}>
            <DatePicker.RangePicker allowEmpty={[false, true]} />
          </Form.Item>
          <Space size={16} wrap>
            <Form.Item name="dueTime" label="截止时间"><TimePicker format="HH:mm" allowClear={false} /></Form.Item>
            {frequency === 'weekly' && <Form.Item name="dueWeekday" label="每周截止日"><Select style={{ width: 90 }} options={weekdayOptions} /></Form.Item>}
            {frequency === 'weekly' && <Form.Item name="weekStart" label="每周第一天"><Select style={{ width: 90 }} options={weekdayOptions} /></Form.Item>}
          </Space>
          <Form.Item name="exemptMode" label="不需报送的日子" extra={`法定节假日数据覆盖 ${setup.officialYears.first}—${setup.officialYears.last} 年，之后的年份按周末计算，可在下方手动添加。截止日遇不需报送的日子顺延。`}>
            <Select options={options(exemptModeLabels)} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
