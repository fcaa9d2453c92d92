// 新建 / 修改交办清单: the list's plan, title, 交办 date and source, and its items, each with a lead
// (a unit or a working group), cooperating ones and a deadline. Items can be typed one by one or
// pasted as lines from Excel or a document (事项 [Tab] 牵头单位 [Tab] 完成时限), then completed.
import { Button, Col, DatePicker, Drawer, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { sourceKindLabels, type AssignmentListDto, type SourceKind } from '../../../../electron/shared/assignments';
import { readDeadlineText } from '../../../../electron/shared/deadline-text';
import type { PlanSummary } from '../../../../electron/shared/dto';
import { assignmentsApi } from '../../api';
import { useAction } from '../../components/use-action';
import { ownerKey, ownerOf, useOwnerOptions, type OwnerOption } from './owners';

type ItemValues = { title: string; body?: string; dueOn?: Dayjs | null; lead?: string; cooperating?: string[] };
type Values = { planId: string; title: string; assignedOn: Dayjs; sourceKind: SourceKind; sourceText: string; items: ItemValues[] };
const standing = '__standing__';

/** A pasted line: 事项, then optionally the lead's name and the deadline, split by tabs or 2+ spaces. */
export function readPastedLine(line: string, options: OwnerOption[], year: number): ItemValues {
  const [title = '', lead = '', deadline = ''] = line.split(/\t| {2,}/).map((s) => s.trim());
  const due = deadline ? readDeadlineText(deadline, year).dueOn : null;
  const match = lead ? options.find((o) => o.name === lead) : undefined;
  return { title: title.replace(/^[\d一二三四五六七八九十]+[、.．]\s*/, ''), dueOn: due ? dayjs(due) : null, lead: match?.value, cooperating: [] };
}

export function ListEditor({ plans, editing, onClose, onSaved }: {
  plans: PlanSummary[]; editing: AssignmentListDto | 'new' | null; onClose: () => void; onSaved: (list: AssignmentListDto) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { busy, run } = useAction();
  const [pasted, setPasted] = useState('');
  const planId = Form.useWatch('planId', form);
  const plan = plans.find((p) => p.id === planId);
  const options = useOwnerOptions(plan ? plan.id : null, plan ? plan.scope : null);
  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    setPasted('');
    if (editing === 'new') {
      form.setFieldsValue({ planId: standing, assignedOn: dayjs(), sourceKind: 'meeting', items: [{ title: '', cooperating: [] }] });
      return;
    }
    form.setFieldsValue({
      planId: editing.planId ?? standing, title: editing.title, assignedOn: dayjs(editing.assignedOn), sourceKind: editing.sourceKind, sourceText: editing.sourceText,
      items: editing.items.map((i) => {
        const key = (rid: number | null) => { const r = editing.recipients.find((x) => x.recipientId === rid); return r ? ownerKey(r) : undefined; };
        return { title: i.title, body: i.body ?? '', dueOn: i.dueOn ? dayjs(i.dueOn) : null, lead: key(i.leadRecipientId), cooperating: i.cooperatingRecipientIds.map(key).filter((k): k is string => !!k) };
      }),
    });
  }, [editing, form]);

  const addPasted = () => {
    const year = (form.getFieldValue('assignedOn') as Dayjs | undefined)?.year() ?? dayjs().year();
    const lines = pasted.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => readPastedLine(l, options, year));
    const current = ((form.getFieldValue('items') as ItemValues[] | undefined) ?? []).filter((i) => i.title?.trim());
    form.setFieldsValue({ items: [...current, ...lines] });
    setPasted('');
  };
  const save = async () => {
    const v = await form.validateFields();
    const list = {
      planId: v.planId === standing ? null : v.planId, title: v.title, assignedOn: v.assignedOn.format('YYYY-MM-DD'), sourceKind: v.sourceKind, sourceText: v.sourceText,
      items: v.items.map((i) => ({
        title: i.title, body: i.body?.trim() || null, dueOn: i.dueOn ? i.dueOn.format('YYYY-MM-DD') : null,
        recipients: [{ ...ownerOf(i.lead!), role: 'lead' as const }, ...(i.cooperating ?? []).filter((c) => c !== i.lead).map((c) => ({ ...ownerOf(c), role: 'cooperating' as const }))],
      })),
    };
    const saved = await run(() => assignmentsApi.save({ listId: editing === 'new' ? undefined : editing?.id, list }), (l) => `清单${l.number}已保存（草稿）`);
    if (saved) onSaved(saved);
  };
  const picker = (multiple: boolean, label: string) => (
    <Select mode={multiple ? 'multiple' : undefined} allowClear showSearch={{ optionFilterProp: 'label' }} aria-label={label} placeholder={multiple ? '可多选' : '单位或工作组'} options={options} />
  );
  return (
    <Drawer
      open={editing !== null} onClose={onClose} size={860} title={editing === 'new' ? '新建交办清单' : `修改交办清单${editing ? (editing as AssignmentListDto).number : ''}`}
      extra={<Space><Button onClick={onClose}>取消</Button><Button type="primary" loading={busy} onClick={() => void save()}>保存草稿</Button></Space>}
    >
      <Form form={form} layout="vertical" className="assignment-form">
        <Row gutter={12}>
          <Col span={14}><Form.Item name="title" label="清单名称" rules={[{ required: true, message: '请填写清单名称' }]}><Input aria-label="清单名称" maxLength={200} placeholder="如：区政府第12次常务会议交办事项" /></Form.Item></Col>
          <Col span={10}>
            <Form.Item name="planId" label="任务放入方案" rules={[{ required: true }]}>
              <Select aria-label="任务放入方案" options={[{ value: standing, label: '日常交办事项（常设）' }, ...plans.filter((p) => p.id !== 'standing-assignments').map((p) => ({ value: p.id, label: p.title }))]} />
            </Form.Item>
          </Col>
          <Col span={6}><Form.Item name="assignedOn" label="交办日期" rules={[{ required: true, message: '请选择交办日期' }]}><DatePicker aria-label="交办日期" allowClear={false} style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}>
            <Form.Item name="sourceKind" label="交办来源"><Select aria-label="交办来源" options={(Object.keys(sourceKindLabels) as SourceKind[]).map((k) => ({ value: k, label: sourceKindLabels[k] }))} /></Form.Item>
          </Col>
          <Col span={12}><Form.Item name="sourceText" label="交办依据" rules={[{ required: true, message: '请填写会议、文件或领导批示' }]}><Input aria-label="交办依据" maxLength={500} placeholder="如：区政府第12次常务会议纪要" /></Form.Item></Col>
        </Row>
        <Typography.Title level={5}>交办事项</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Row key={f.key} gutter={8} align="top" className="assignment-item">
                  <Col flex="32px"><Typography.Text strong style={{ lineHeight: '32px' }}>{i + 1}.</Typography.Text></Col>
                  <Col flex="auto">
                    <Form.Item name={[f.name, 'title']} rules={[{ required: true, message: '请填写交办事项' }]} style={{ marginBottom: 6 }}>
                      <Input.TextArea aria-label={`第${i + 1}项事项`} autoSize={{ minRows: 1, maxRows: 3 }} placeholder="交办事项" />
                    </Form.Item>
                    <Row gutter={8}>
                      <Col span={8}><Form.Item name={[f.name, 'lead']} rules={[{ required: true, message: '请选择牵头单位' }]}>{picker(false, `第${i + 1}项牵头单位`)}</Form.Item></Col>
                      <Col span={10}><Form.Item name={[f.name, 'cooperating']}>{picker(true, `第${i + 1}项配合单位`)}</Form.Item></Col>
                      <Col span={6}><Form.Item name={[f.name, 'dueOn']} rules={[{ required: true, message: '请选择完成时限' }]}><DatePicker aria-label={`第${i + 1}项完成时限`} placeholder="完成时限" style={{ width: '100%' }} /></Form.Item></Col>
                    </Row>
                  </Col>
                  <Col flex="40px"><Button type="text" danger aria-label={`删除第${i + 1}项`} disabled={fields.length === 1} onClick={() => remove(f.name)}>删</Button></Col>
                </Row>
              ))}
              <Button onClick={() => add({ title: '', cooperating: [] })}>添加一项</Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={5} style={{ marginTop: 16 }}>粘贴多项</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 6 }}>每行一项；可从 Excel 复制“事项、牵头单位、完成时限”三列，名称一致的单位会自动选好。</Typography.Paragraph>
        <Input.TextArea aria-label="粘贴交办事项" value={pasted} onChange={(e) => setPasted(e.target.value)} autoSize={{ minRows: 2, maxRows: 6 }} />
        <Button style={{ marginTop: 6 }} disabled={!pasted.trim()} onClick={addPasted}>按行添加</Button>
      </Form>
    </Drawer>
  );
}
