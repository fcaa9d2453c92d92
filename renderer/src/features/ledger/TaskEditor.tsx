import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import type { LedgerRow } from '../../../../electron/shared/ledger';
import { ledgerApi } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { useAction } from '../../components/use-action';

type Values = { code?: string; title: string; body?: string; deadlineText?: string; dueOn?: dayjs.Dayjs | null; leadUnitIds?: number[]; cooperatingUnitIds?: number[] };

/** Edits a task, or adds one (under a parent, or at the top of a plan). */
export function TaskEditor({ row, create, onClose, onSaved }: {
  row?: LedgerRow;
  create?: { planId: string; parentId: number | null; scope?: string };
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { busy: saving, run } = useAction();
  const initial: Partial<Values> = row
    ? {
        code: row.code, title: row.title, body: row.body ?? undefined, deadlineText: row.deadline.text ?? undefined,
        dueOn: row.deadline.dueOn ? dayjs(row.deadline.dueOn) : null,
        leadUnitIds: row.leadUnits.map((u) => u.id), cooperatingUnitIds: row.cooperatingUnits.map((u) => u.id),
      }
    : {};
  const save = async (v: Values) => {
    const fields = {
      code: v.code ?? '', title: v.title, body: v.body || null, deadlineText: v.deadlineText || null,
      dueOn: v.dueOn ? v.dueOn.format('YYYY-MM-DD') : null,
      deadlineKind: v.dueOn ? ('date' as const) : v.deadlineText ? undefined : ('none' as const),
      leadUnitIds: v.leadUnitIds ?? [], cooperatingUnitIds: v.cooperatingUnitIds ?? [],
    };
    const saved = await run(
      () => (row ? ledgerApi.updateTask({ taskId: row.id, ...fields }) : ledgerApi.createTask({ planId: create!.planId, parentId: create!.parentId, ...fields })),
      () => (row ? '任务已保存' : '任务已添加'),
    );
    if (saved) onSaved(saved.id);
  };
  return (
    <Modal open title={row ? '编辑任务' : '新建任务'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
        <Form.Item name="code" label="序号"><Input style={{ width: 140 }} /></Form.Item>
        <Form.Item name="title" label="任务名称" rules={[{ required: true, whitespace: true, message: '请填写任务名称' }]}><Input aria-label="任务名称" /></Form.Item>
        <Form.Item name="body" label="任务内容"><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="deadlineText" label="完成时限（按原文）"><Input placeholder="例如：2017年底前、全程" style={{ width: 240 }} /></Form.Item>
        <Form.Item name="dueOn" label="完成日期（用于红黄绿灯）"><DatePicker aria-label="完成日期" /></Form.Item>
        <Form.Item name="leadUnitIds" label="牵头单位"><UnitPicker scope={create?.scope} ariaLabel="牵头单位" /></Form.Item>
        <Form.Item name="cooperatingUnitIds" label="配合单位"><UnitPicker scope={create?.scope} ariaLabel="配合单位" /></Form.Item>
      </Form>
    </Modal>
  );
}
