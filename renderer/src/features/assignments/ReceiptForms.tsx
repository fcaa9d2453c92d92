// The three things a clerk records on an issued list: a recipient's 签收, a 反馈 on an item, and
// the office's 销号 once the lead reported 已办结. Each is a small form; the core checks the rest.
import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { feedbackStatusLabels, type AssignmentItemDto, type AssignmentListDto, type FeedbackStatus, type RecipientDto } from '../../../../electron/shared/assignments';
import { assignmentsApi } from '../../api';
import { useAction } from '../../components/use-action';

type Done = (list: AssignmentListDto) => void;

export function SignModal({ recipient, onClose, onDone }: { recipient: RecipientDto | null; onClose: () => void; onDone: Done }) {
  const [form] = Form.useForm<{ signedBy: string; signedAt: Dayjs }>();
  const { busy, run } = useAction();
  useEffect(() => {
    if (recipient) form.setFieldsValue({ signedBy: recipient.signedBy ?? recipient.contacts[0]?.name ?? '', signedAt: recipient.signedAt ? dayjs(recipient.signedAt) : dayjs() });
  }, [recipient, form]);
  const save = async () => {
    const v = await form.validateFields();
    const list = await run(() => assignmentsApi.sign({ recipientId: recipient!.recipientId, signedBy: v.signedBy, signedAt: v.signedAt.format('YYYY-MM-DD HH:mm') }), () => `${recipient!.name}已签收`);
    if (list) onDone(list);
  };
  return (
    <Modal open={recipient !== null} title={`登记签收：${recipient?.name ?? ''}`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={busy}>
      <Form form={form} layout="vertical">
        <Form.Item name="signedBy" label="签收人" rules={[{ required: true, message: '请填写签收人' }]}><Input aria-label="签收人" maxLength={40} /></Form.Item>
        <Form.Item name="signedAt" label="签收时间" rules={[{ required: true, message: '请选择签收时间' }]}>
          <DatePicker showTime aria-label="签收时间" format="YYYY-MM-DD HH:mm" allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function FeedbackModal({ list, item, onClose, onDone }: { list: AssignmentListDto; item: AssignmentItemDto | null; onClose: () => void; onDone: Done }) {
  const [form] = Form.useForm<{ recipientId: number; reportedOn: Dayjs; body: string; status: FeedbackStatus }>();
  const { busy, run } = useAction();
  useEffect(() => {
    if (item) form.setFieldsValue({ recipientId: item.leadRecipientId ?? undefined, reportedOn: dayjs(), body: '', status: 'in_progress' });
  }, [item, form]);
  const who = item ? [item.leadRecipientId, ...item.cooperatingRecipientIds].map((id) => list.recipients.find((r) => r.recipientId === id)!).filter(Boolean) : [];
  const save = async () => {
    const v = await form.validateFields();
    const saved = await run(() => assignmentsApi.feedback({ itemId: item!.id, recipientId: v.recipientId, reportedOn: v.reportedOn.format('YYYY-MM-DD'), body: v.body, status: v.status }), () => '反馈已登记');
    if (saved) onDone(saved);
  };
  return (
    <Modal open={item !== null} title={`登记反馈：第 ${item?.position ?? ''} 项`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={busy} width={560}>
      <Form form={form} layout="vertical">
        <Form.Item name="recipientId" label="反馈单位" rules={[{ required: true, message: '请选择反馈单位' }]}>
          <Select aria-label="反馈单位" options={who.map((r) => ({ value: r.recipientId, label: `${r.name}${r.recipientId === item?.leadRecipientId ? '（牵头）' : '（配合）'}` }))} />
        </Form.Item>
        <Form.Item name="reportedOn" label="反馈日期" rules={[{ required: true, message: '请选择反馈日期' }]}><DatePicker aria-label="反馈日期" allowClear={false} /></Form.Item>
        <Form.Item name="body" label="办理情况" rules={[{ required: true, message: '请填写办理情况' }]}><Input.TextArea aria-label="办理情况" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} /></Form.Item>
        <Form.Item name="status" label="办理状态">
          <Radio.Group aria-label="办理状态" options={(Object.keys(feedbackStatusLabels) as FeedbackStatus[]).map((k) => ({ value: k, label: feedbackStatusLabels[k] }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CloseModal({ item, onClose, onDone }: { item: AssignmentItemDto | null; onClose: () => void; onDone: Done }) {
  const [form] = Form.useForm<{ closedOn: Dayjs; note?: string }>();
  const { busy, run } = useAction();
  useEffect(() => {
    if (item) form.setFieldsValue({ closedOn: dayjs(), note: '' });
  }, [item, form]);
  const save = async () => {
    const v = await form.validateFields();
    const saved = await run(() => assignmentsApi.close({ itemId: item!.id, closedOn: v.closedOn.format('YYYY-MM-DD'), note: v.note?.trim() || null }), () => `第 ${item!.position} 项已销号`);
    if (saved) onDone(saved);
  };
  return (
    <Modal open={item !== null} title={`销号：第 ${item?.position ?? ''} 项`} okText="确认销号" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={busy}>
      <p>牵头单位已反馈办结。销号后该任务在台账中记为“已完成”，不再督办。</p>
      <Form form={form} layout="vertical">
        <Form.Item name="closedOn" label="销号日期" rules={[{ required: true }]}><DatePicker aria-label="销号日期" allowClear={false} /></Form.Item>
        <Form.Item name="note" label="销号说明（可不填）"><Input.TextArea aria-label="销号说明" autoSize={{ minRows: 2 }} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
