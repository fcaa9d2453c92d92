import { Button, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { DataElementDto, IndicatorRowDto } from '../../../../electron/shared/reporting';
import { indicatorsApi } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { useAction } from '../../components/use-action';

type ValueForm = { where: 'district' | 'unit'; unitId?: number; asOf: Dayjs; value: number; note?: string };

/** 录入: an entered indicator's value for the district or a unit on a day. */
export function EnterValue({ row, day, scope, onClose, onSaved }: { row: IndicatorRowDto | null; day: string; scope?: string; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<ValueForm>();
  const where = Form.useWatch('where', form);
  const { busy, run } = useAction();
  useEffect(() => {
    if (row) {
      form.resetFields();
      form.setFieldsValue({ where: 'district', asOf: dayjs(day) });
    }
  }, [row, day, form]);
  const save = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () => indicatorsApi.setValue({ indicatorId: row!.indicatorId, unitId: v.where === 'unit' ? (v.unitId ?? null) : null, asOf: v.asOf.format('YYYY-MM-DD'), value: v.value, note: v.note ?? null }),
      () => `已录入${row!.name}`,
    );
    if (ok) onSaved();
  };
  return (
    <Modal open={row !== null} title={`录入：${row?.name ?? ''}`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={busy}>
      <Form form={form} layout="vertical">
        <Form.Item name="where"><Radio.Group options={[{ value: 'district', label: '全区' }, { value: 'unit', label: '某一单位' }]} /></Form.Item>
        {where === 'unit' && <Form.Item name="unitId" label="单位" rules={[{ required: true, message: '请选择单位' }]}><UnitPicker scope={scope} multiple={false} ariaLabel="单位" /></Form.Item>}
        <Form.Item name="asOf" label="数据截至日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker aria-label="数据截至日期" allowClear={false} /></Form.Item>
        <Form.Item name="value" label={`数值${row?.unitLabel ? `（${row.unitLabel}）` : ''}`} rules={[{ required: true, message: '请填写数值' }]}><InputNumber aria-label="指标数值" style={{ width: 200 }} /></Form.Item>
        <Form.Item name="note" label="说明"><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

type Term = { elementId: number; sign: 1 | -1 };
type NewForm = { name: string; category?: string; unitLabel?: string; direction: 'higher' | 'lower' | 'none'; numerator: Term[]; denominator: Term[]; scale: number; targetYear?: number; targetValue?: number };

function Terms({ name, label, elements }: { name: 'numerator' | 'denominator'; label: string; elements: DataElementDto[] }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Form.Item label={label} required>
          {fields.map((f) => (
            <Space key={f.key} style={{ display: 'flex', marginBottom: 4 }}>
              <Form.Item name={[f.name, 'sign']} noStyle><Select aria-label={`${label}符号${f.name + 1}`} style={{ width: 60 }} options={[{ value: 1, label: '＋' }, { value: -1, label: '－' }]} /></Form.Item>
              <Form.Item name={[f.name, 'elementId']} noStyle rules={[{ required: true, message: '请选择数据项' }]}>
                <Select aria-label={`${label}数据项${f.name + 1}`} style={{ width: 260 }} showSearch optionFilterProp="label" placeholder="数据项" options={elements.map((e) => ({ value: e.id, label: e.name }))} />
              </Form.Item>
              {fields.length > 1 && <Button size="small" type="link" onClick={() => remove(f.name)}>删除</Button>}
            </Space>
          ))}
          <Button size="small" onClick={() => add({ sign: 1 })}>添加一项</Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** 新增指标: Σ numerator ÷ Σ denominator × scale from figures the forms already ask for. */
export function NewIndicator({ planId, open, onClose, onSaved }: { planId: string; open: boolean; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<NewForm>();
  const [elements, setElements] = useState<DataElementDto[]>([]);
  const { busy, run } = useAction();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ direction: 'lower', scale: 100, numerator: [{ sign: 1 } as Term], denominator: [{ sign: 1 } as Term] });
    void indicatorsApi.elements().then(setElements, () => setElements([]));
  }, [open, form]);
  const save = async () => {
    const v = await form.validateFields();
    const ok = await run(
      () => indicatorsApi.create({
        planId, name: v.name, category: v.category ?? null, unitLabel: v.unitLabel ?? null, direction: v.direction,
        numerator: v.numerator, denominator: v.denominator, scale: v.scale,
        target: v.targetYear && v.targetValue !== undefined ? { year: v.targetYear, value: v.targetValue } : undefined,
      }),
      () => `已新增指标“${v.name}”`,
    );
    if (ok) onSaved();
  };
  return (
    <Modal open={open} title="新增指标" okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={busy} width={560}>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label="指标名称" rules={[{ required: true, message: '请填写指标名称' }]}><Input /></Form.Item>
        <Space wrap>
          <Form.Item name="category" label="一级指标"><Input style={{ width: 160 }} /></Form.Item>
          <Form.Item name="unitLabel" label="单位"><Input style={{ width: 80 }} /></Form.Item>
          <Form.Item name="direction" label="方向"><Select style={{ width: 120 }} options={[{ value: 'lower', label: '越低越好' }, { value: 'higher', label: '越高越好' }, { value: 'none', label: '不判断' }]} /></Form.Item>
        </Space>
        <Terms name="numerator" label="分子" elements={elements} />
        <Terms name="denominator" label="分母" elements={elements} />
        <Space wrap>
          <Form.Item name="scale" label="乘以"><InputNumber min={0.0001} /></Form.Item>
          <Form.Item name="targetYear" label="目标年份"><InputNumber min={2000} max={2100} /></Form.Item>
          <Form.Item name="targetValue" label="目标值"><InputNumber /></Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}
