import { Alert, Button, Col, DatePicker, Descriptions, Drawer, Form, Input, InputNumber, Row, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { FormFieldDto, SubmissionDto } from '../../../../electron/shared/reporting';
import { stateLabels } from '../../../../electron/shared/reporting';
import { errorDetail, errorMessage, reportingApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../components/use-action';
import { useNav } from '../../stores/nav-store';
import { useReporting } from './reporting-store';
import { stampText } from './format';

/** Field values by label, the comments beside them, and the two fields every report has. */
type Values = Record<string, number | string | Dayjs | null | undefined>;

const outOfBounds = (f: FormFieldDto, v: unknown): boolean =>
  typeof v === 'number' && ((f.min !== null && v < f.min) || (f.max !== null && v > f.max));
const bounds = (f: FormFieldDto) =>
  f.min === null && f.max === null ? '' : `合理范围 ${f.min ?? '不限'}～${f.max ?? '不限'}${f.unitLabel ?? ''}`;
const commentKey = (f: FormFieldDto) => `__comment_${f.id}`;

/** One unit's report for one period: figures with their bounds, narratives, and when it arrived. */
export function SubmissionDrawer({ planId }: { planId: string }) {
  const { entry, closeEntry, changed } = useReporting();
  const setUnsaved = useNav((s) => s.setUnsaved);
  const [sub, setSub] = useState<SubmissionDto | null>(null);
  const [error, setError] = useState<{ message: string; detail: string | null } | null>(null);
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch([], form) as Values | undefined;
  const { busy, run } = useAction();

  useEffect(() => {
    setSub(null);
    setError(null);
    if (!entry) return;
    reportingApi.submission({ planId, reporterId: entry.reporterId, period: entry.period }).then(
      (s) => {
        setSub(s);
        form.resetFields();
        const initial: Values = { __receivedAt: dayjs(s.receivedAt ?? undefined), __note: s.note ?? '' };
        for (const f of s.form.fields) {
          const v = s.values[f.id];
          initial[f.label] = f.kind === 'figure' ? (v?.num ?? null) : (v?.text ?? '');
          if (v?.comment) initial[commentKey(f)] = v.comment;
        }
        form.setFieldsValue(initial);
      },
      (e: unknown) => setError({ message: errorMessage(e), detail: errorDetail(e) }),
    );
  }, [entry, planId, form]);

  const close = () => {
    setUnsaved(null);
    closeEntry();
  };
  const save = async () => {
    if (!sub || !entry) return;
    const all = form.getFieldsValue(true) as Values;
    const values: Record<string, number | string | null> = {};
    const comments: Record<string, string> = {};
    for (const f of sub.form.fields) {
      const v = all[f.label];
      values[f.label] = v === undefined || v === '' ? null : (v as number | string | null);
      const c = all[commentKey(f)];
      if (typeof c === 'string' && c.trim()) comments[f.label] = c.trim();
    }
    const saved = await run(
      () => reportingApi.submit({
        planId, reporterId: entry.reporterId, period: entry.period, values, comments,
        receivedAt: ((all.__receivedAt as Dayjs | undefined) ?? dayjs()).format('YYYY-MM-DD HH:mm:ss'), note: (all.__note as string | undefined)?.trim() || null,
      }),
      (s) => `已保存：${s.reporter.name} ${s.period.label}，${stateLabels[s.state]}`,
    );
    if (saved) {
      changed();
      close();
    }
  };

  return (
    <Drawer
      open={entry !== null}
      onClose={close}
      width={640}
      title={sub ? `${sub.reporter.name} ${sub.period.label}` : '报送'}
      extra={
        <Space>
          <Button onClick={close}>取消</Button>
          <Button type="primary" loading={busy} disabled={!sub || !sub.period.needsReport} onClick={() => void save()}>保存</Button>
        </Space>
      }
    >
      {error && <ErrorNotice message={error.message} detail={error.detail} onBack={close} backLabel="关闭" />}
      {sub && (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }} items={[
            { key: 'form', label: '报表', children: sub.form.name },
            { key: 'due', label: '报送时限', children: stampText(sub.period.dueAt) },
            { key: 'state', label: '状态', children: <Tag>{stateLabels[sub.state]}</Tag> },
          ]} />
          {!sub.period.needsReport && <Alert type="info" showIcon message={`本期不需报送（${sub.period.reason ?? ''}）`} style={{ marginBottom: 12 }} />}
          {sub.id !== null && <Alert type="warning" showIcon message="已有报送：保存即为更正，原数据保留在操作记录中。" style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onValuesChange={() => setUnsaved('报送录入')} disabled={!sub.period.needsReport}>
            <Form.Item name="__receivedAt" label="收到时间" extra="电话报送、事后补录的，请填实际收到的时间">
              <DatePicker showTime aria-label="收到时间" format="YYYY-MM-DD HH:mm:ss" allowClear={false} style={{ width: 220 }} />
            </Form.Item>
            {/* Figures two to a row (this period beside the comparison period), narratives full width. */}
            <Row gutter={16}>
              {sub.form.fields.filter((f) => f.kind === 'figure').map((f) => (
                <Col span={12} key={f.id}>
                  <Form.Item
                    name={f.label}
                    label={f.label}
                    required={f.required}
                    rules={f.required ? [{ required: true, message: `请填写${f.label}` }] : []}
                    extra={[f.help, bounds(f)].filter(Boolean).join('；') || undefined}
                  >
                    <InputNumber aria-label={f.label} style={{ width: '100%' }} addonAfter={f.unitLabel ?? undefined} />
                  </Form.Item>
                  {outOfBounds(f, watched?.[f.label]) && (
                    <Form.Item name={commentKey(f)} label="超出合理范围，请说明原因" rules={[{ required: true, message: '请说明原因' }]}>
                      <Input aria-label={`${f.label}说明`} />
                    </Form.Item>
                  )}
                </Col>
              ))}
            </Row>
            {sub.form.fields.filter((f) => f.kind === 'narrative').map((f) => (
              <Form.Item key={f.id} name={f.label} label={f.label} required={f.required} extra={f.help ?? undefined}>
                <Input.TextArea aria-label={f.label} autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            ))}
            <Form.Item name="__note" label="备注">
              <Input.TextArea aria-label="备注" autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
          </Form>
          <Typography.Text type="secondary">带 * 的为必填项（成本指标需要的数字）。</Typography.Text>
        </>
      )}
    </Drawer>
  );
}
