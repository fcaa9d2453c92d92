import { Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { IncidentCategory, IncidentDto, IncidentSeverity } from '../../../../electron/shared/reporting';
import { incidentCategoryLabels, incidentSeverityLabels } from '../../../../electron/shared/reporting';
import { incidentsApi } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { useAction } from '../../components/use-action';
import { stampText } from '../reporting/format';

type Values = {
  receivedAt: Dayjs; occurredAt?: Dayjs | null; unitId?: number | null; category: IncidentCategory; severity: IncidentSeverity;
  title: string; body?: string; actions?: string;
};
const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }));
const stamp = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD HH:mm:ss') : null);

/** 登记专报 / 修改专报: when it came, from whom, what and how grave, and what was done. */
export function IncidentEditor({ planId, scope, editing, onClose, onSaved }: {
  planId: string | null; scope?: string; editing: IncidentDto | 'new' | null; onClose: () => void; onSaved: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { busy, run } = useAction();
  useEffect(() => {
    if (!editing) return;
    form.resetFields();
    if (editing === 'new') form.setFieldsValue({ receivedAt: dayjs(), category: 'opinion', severity: 'general' });
    else {
      form.setFieldsValue({
        receivedAt: dayjs(editing.receivedAt), occurredAt: editing.occurredAt ? dayjs(editing.occurredAt) : null, unitId: editing.unitId,
        category: editing.category, severity: editing.severity, title: editing.title, body: editing.body ?? '', actions: editing.actions ?? '',
      });
    }
  }, [editing, form]);
  const save = async () => {
    const v = await form.validateFields();
    const common = { category: v.category, severity: v.severity, title: v.title, body: v.body?.trim() || null, actions: v.actions?.trim() || null };
    const saved = await run(
      () => editing === 'new'
        ? incidentsApi.create({ planId, unitId: v.unitId ?? null, receivedAt: stamp(v.receivedAt)!, occurredAt: stamp(v.occurredAt), ...common })
        : incidentsApi.update({ incidentId: (editing as IncidentDto).id, ...common }),
      () => (editing === 'new' ? '专报已登记' : '专报已保存'),
    );
    if (saved) onSaved();
  };
  return (
    <Modal open={editing !== null} title={editing === 'new' ? '登记专报' : '修改专报'} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={busy} width={600}>
      <Form form={form} layout="vertical" className="incident-form">
        <Form.Item name="title" label="事件标题" rules={[{ required: true, message: '请填写事件标题' }]}><Input aria-label="事件标题" maxLength={100} /></Form.Item>
        {editing === 'new' ? (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="receivedAt" label="收到时间" rules={[{ required: true, message: '请选择收到时间' }]}>
                <DatePicker showTime aria-label="专报收到时间" format="YYYY-MM-DD HH:mm" allowClear={false} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="occurredAt" label="发生时间"><DatePicker showTime aria-label="发生时间" format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} /></Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="unitId" label="报告单位"><UnitPicker scope={scope} multiple={false} ariaLabel="报告单位" /></Form.Item>
            </Col>
          </Row>
        ) : editing && (
          // When and from whom it came is the register's record and stays as logged.
          <Typography.Paragraph type="secondary" data-testid="incident-origin">
            {stampText(editing.receivedAt)} 收到{editing.unitName ? `，${editing.unitName}报告` : ''}
            {editing.occurredAt ? `；发生于 ${stampText(editing.occurredAt)}` : ''}
          </Typography.Paragraph>
        )}
        <Row gutter={12}>
          <Col span={12}><Form.Item name="category" label="类别"><Select aria-label="类别" options={options(incidentCategoryLabels)} /></Form.Item></Col>
          <Col span={12}><Form.Item name="severity" label="等级"><Select aria-label="等级" options={options(incidentSeverityLabels)} /></Form.Item></Col>
        </Row>
        <Form.Item name="body" label="事件经过"><Input.TextArea aria-label="事件经过" autoSize={{ minRows: 2, maxRows: 6 }} /></Form.Item>
        <Form.Item name="actions" label="处置措施"><Input.TextArea aria-label="处置措施" autoSize={{ minRows: 2, maxRows: 6 }} /></Form.Item>
      </Form>
    </Modal>
  );
}
