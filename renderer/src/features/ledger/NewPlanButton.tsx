import { Button, DatePicker, Form, Input, Modal } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { ledgerApi } from '../../api';
import { usePlans } from '../plans/plans-store';
import { useAction } from '../../components/use-action';

type Values = { title: string; docNumber?: string; issuer?: string; issuedOn?: dayjs.Dayjs | null; scope: string };

/** A plan typed in by hand (title, 文号, issuer, date); its tasks are then added in the ledger. */
export function NewPlanButton({ onCreated }: { onCreated: (planId: string) => void }) {
  const [open, setOpen] = useState(false);
  const { busy: saving, run } = useAction();
  const [form] = Form.useForm<Values>();
  const save = async (v: Values) => {
    const plan = await run(() => ledgerApi.createPlan({ title: v.title, docNumber: v.docNumber || null, issuer: v.issuer || null, issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null, scope: v.scope }), (plan) => `已新建方案“${plan.title}”`);
    if (plan === undefined) return;
    setOpen(false);
    void usePlans.getState().loadPlans();
    onCreated(plan.id);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>新建方案</Button>
      <Modal open={open} title="新建方案" okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void save(v)} initialValues={{ scope: '巴南区' }}>
          <Form.Item name="title" label="方案名称" rules={[{ required: true, whitespace: true, message: '请填写方案名称' }]}><Input /></Form.Item>
          <Form.Item name="docNumber" label="文号"><Input placeholder="例如：巴南府办发〔2024〕12号" /></Form.Item>
          <Form.Item name="issuer" label="印发单位"><Input /></Form.Item>
          <Form.Item name="issuedOn" label="印发日期"><DatePicker /></Form.Item>
          <Form.Item name="scope" label="适用范围（区县或市，决定单位归属）" rules={[{ required: true, whitespace: true, message: '请填写适用范围' }]}><Input /></Form.Item>
        </Form>
      </Modal>
    </>
  );
}
