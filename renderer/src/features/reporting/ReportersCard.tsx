import { Button, Card, Form, Modal, Popconfirm, Radio, Select, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { GroupDto } from '../../../../electron/shared/dto';
import type { RegimeSetupDto, ReporterDto } from '../../../../electron/shared/reporting';
import { plansApi, reportingApi } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { useAction } from '../../components/use-action';

type AddForm = { kind: 'unit' | 'group'; unitId?: number; groupId?: number; formId: number };

/** 报送单位: who reports, on which form, and who receives it besides the office. */
export function ReportersCard({ setup, scope, onChange }: { setup: RegimeSetupDto; scope: string | undefined; onChange: (s: RegimeSetupDto) => void }) {
  const [adding, setAdding] = useState(false);
  const [groups, setGroups] = useState<GroupDto[]>([]);
  const [form] = Form.useForm<AddForm>();
  const kind = Form.useWatch('kind', form);
  const { busy, run } = useAction();
  useEffect(() => void plansApi.groups(setup.planId).then(setGroups, () => setGroups([])), [setup.planId]);
  const formOptions = setup.forms.map((f) => ({ value: f.id, label: f.name }));
  const update = async (r: ReporterDto, change: { formId?: number; recipientUnitIds?: number[] }) => {
    const s = await run(() => reportingApi.updateReporter({ reporterId: r.id, ...change }), () => `${r.name}：已保存`);
    if (s) onChange(s);
  };
  const add = async () => {
    const v = await form.validateFields();
    const s = await run(
      () => reportingApi.addReporter({ regimeId: setup.regimeId, formId: v.formId, ...(v.kind === 'unit' ? { unitId: v.unitId } : { groupId: v.groupId }) }),
      () => '已添加报送单位',
    );
    if (s) {
      onChange(s);
      setAdding(false);
    }
  };
  const remove = async (r: ReporterDto) => {
    const s = await run(() => reportingApi.removeReporter(r.id), () => `已移除 ${r.name}`);
    if (s) onChange(s);
  };
  return (
    <Card size="small" title={`报送单位（${setup.reporters.length}）`} style={{ marginBottom: 12 }}
      extra={<Button size="small" onClick={() => { form.resetFields(); form.setFieldsValue({ kind: 'unit', formId: setup.forms[0]?.id }); setAdding(true); }}>添加报送单位</Button>}>
      <Table<ReporterDto> size="small" rowKey="id" pagination={false} dataSource={setup.reporters} scroll={{ y: 360 }} columns={[
        { title: '单位', dataIndex: 'name', render: (n: string, r) => <Space size={4}>{n}{r.kind === 'group' && <Tag>工作组</Tag>}</Space> },
        {
          title: '报表', key: 'form', width: 180, render: (_, r) => (
            <Select size="small" aria-label={`${r.name}的报表`} value={r.formId ?? undefined} options={formOptions} style={{ width: 170 }} onChange={(formId: number) => void update(r, { formId })} />
          ),
        },
        {
          title: '同时报送', key: 'recipients', width: 240, render: (_, r) => (
            <UnitPicker scope={scope} ariaLabel={`${r.name}的接收单位`} value={r.recipients.map((x) => x.unitId)} placeholder="仅报区医改办"
              onChange={(v) => void update(r, { recipientUnitIds: Array.isArray(v) ? v : [] })} />
          ),
        },
        { title: '联系电话', dataIndex: 'contact', width: 120 },
        {
          title: '', key: 'x', width: 60, render: (_, r) => (
            <Popconfirm title={`移除报送单位“${r.name}”？`} description="已有报送记录的单位不能移除。" okText="移除" okButtonProps={{ danger: true }} cancelText="取消" onConfirm={() => void remove(r)}>
              <Button size="small" type="link" danger>移除</Button>
            </Popconfirm>
          ),
        },
      ]} />
      <Modal open={adding} title="添加报送单位" okText="添加" cancelText="取消" onOk={() => void add()} onCancel={() => setAdding(false)} confirmLoading={busy}>
        <Form form={form} layout="vertical">
          <Form.Item name="kind"><Radio.Group options={[{ value: 'unit', label: '单位' }, { value: 'group', label: '工作组' }]} /></Form.Item>
          {kind === 'group' ? (
            <Form.Item name="groupId" label="工作组" rules={[{ required: true, message: '请选择工作组' }]}>
              <Select showSearch optionFilterProp="label" options={groups.map((g) => ({ value: g.id, label: g.name }))} />
            </Form.Item>
          ) : (
            <Form.Item name="unitId" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
              <UnitPicker scope={scope} multiple={false} />
            </Form.Item>
          )}
          <Form.Item name="formId" label="报表" rules={[{ required: true, message: '请选择报表' }]}><Select options={formOptions} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
