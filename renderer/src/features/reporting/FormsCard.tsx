import { Button, Card, Form, Input, InputNumber, Modal, Radio, Space, Switch, Table, Tabs } from 'antd';
import { useState } from 'react';
import type { FormDto, FormFieldDto, RegimeSetupDto } from '../../../../electron/shared/reporting';
import { reportingApi } from '../../api';
import { useAction } from '../../components/use-action';

type FieldForm = { kind: 'figure' | 'narrative'; label: string; unitLabel?: string; min?: number | null; max?: number | null; required?: boolean; help?: string };

/** 报表: each form's figures and narratives, as data the office can extend. */
export function FormsCard({ setup, onChange }: { setup: RegimeSetupDto; onChange: (s: RegimeSetupDto) => void }) {
  const [addingTo, setAddingTo] = useState<FormDto | null>(null);
  const [form] = Form.useForm<FieldForm>();
  const kind = Form.useWatch('kind', form);
  const { busy, run } = useAction();
  const setRequired = async (f: FormFieldDto, required: boolean) => {
    const s = await run(() => reportingApi.updateField({ fieldId: f.id, required }), () => `${f.label}：${required ? '必填' : '选填'}`);
    if (s) onChange(s);
  };
  const add = async () => {
    const v = await form.validateFields();
    const s = await run(
      () => reportingApi.addField({
        formId: addingTo!.id, kind: v.kind, label: v.label, unitLabel: v.unitLabel ?? null, min: v.min ?? null, max: v.max ?? null,
        required: v.required ?? false, help: v.help ?? null,
      }),
      () => `已添加填报项“${v.label}”`,
    );
    if (s) {
      onChange(s);
      setAddingTo(null);
    }
  };
  return (
    <Card size="small" title="报表与填报项" style={{ marginBottom: 12 }}>
      <Tabs items={setup.forms.map((f) => ({
        key: String(f.id),
        label: f.name,
        children: (
          <>
            <Table<FormFieldDto> size="small" rowKey="id" pagination={false} dataSource={f.fields} columns={[
              { title: '填报项', dataIndex: 'label' },
              { title: '类型', dataIndex: 'kind', width: 60, render: (k: string) => (k === 'figure' ? '数字' : '文字') },
              { title: '单位', dataIndex: 'unitLabel', width: 60 },
              { title: '合理范围', key: 'b', width: 130, render: (_, x) => (x.kind === 'figure' ? `${x.min ?? '不限'}～${x.max ?? '不限'}` : '') },
              { title: '必填', dataIndex: 'required', width: 60, render: (r: boolean, x) => <Switch size="small" aria-label={`${x.label}必填`} checked={r} onChange={(c) => void setRequired(x, c)} /> },
              { title: '填报说明', dataIndex: 'help', ellipsis: true },
            ]} />
            <Button size="small" style={{ marginTop: 8 }} onClick={() => { form.resetFields(); form.setFieldsValue({ kind: 'figure' }); setAddingTo(f); }}>添加填报项</Button>
          </>
        ),
      }))} />
      <Modal open={addingTo !== null} title={`添加填报项：${addingTo?.name ?? ''}`} okText="添加" cancelText="取消" onOk={() => void add()} onCancel={() => setAddingTo(null)} confirmLoading={busy}>
        <Form form={form} layout="vertical">
          <Form.Item name="kind"><Radio.Group options={[{ value: 'figure', label: '数字' }, { value: 'narrative', label: '文字' }]} /></Form.Item>
          <Form.Item name="label" label="名称" rules={[{ required: true, message: '请填写名称' }]}><Input /></Form.Item>
          {kind === 'figure' && (
            <Space size={12} wrap>
              <Form.Item name="unitLabel" label="计量单位"><Input style={{ width: 90 }} /></Form.Item>
              <Form.Item name="min" label="下限"><InputNumber /></Form.Item>
              <Form.Item name="max" label="上限"><InputNumber /></Form.Item>
            </Space>
          )}
          <Form.Item name="required" label="必填" valuePropName="checked"><Switch /></Form.Item>
          <Form.Item name="help" label="填报说明"><Input /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
