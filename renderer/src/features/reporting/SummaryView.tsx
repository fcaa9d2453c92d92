import { Button, Card, Col, DatePicker, Form, Input, List, Modal, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { SummaryDto } from '../../../../electron/shared/reporting';
import { judgementLabels, stateLabels } from '../../../../electron/shared/reporting';
import { errorDetail, errorMessage, summaryApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAction } from '../../components/use-action';
import { useAsOf } from '../../stores/as-of-store';
import { useNav } from '../../stores/nav-store';
import { shortStamp, tallyLine } from './format';
import { PeriodChooser } from './PeriodChooser';
import { useReporting } from './reporting-store';

const number = (v: number | null) => (v === null ? '—' : v.toFixed(2));

/** 周报汇总: the period compiled from what arrived, edited by the clerk, and a record of when it went upward. */
export function SummaryView({ planId }: { planId: string }) {
  const asOf = useAsOf((s) => s.asOf);
  const version = useReporting((s) => s.version);
  const setUnsaved = useNav((s) => s.setUnsaved);
  const [day, setDay] = useState(asOf);
  const [summary, setSummary] = useState<SummaryDto | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<{ message: string; detail: string | null } | null>(null);
  const [sending, setSending] = useState(false);
  const [sendForm] = Form.useForm<{ to: string; sentAt: Dayjs; note?: string }>();
  const { busy, run } = useAction();
  useEffect(() => setDay(asOf), [asOf]);
  const show = (s: SummaryDto) => {
    setSummary(s);
    setText(s.text);
    setUnsaved(null);
  };
  const load = useCallback(() => {
    summaryApi.compile(planId, day).then(
      (s) => { show(s); setError(null); },
      (e: unknown) => { setSummary(null); setError({ message: errorMessage(e), detail: errorDetail(e) }); },
    );
  }, [planId, day]);
  useEffect(load, [load, version]);

  const save = async (body: string) => {
    const s = await run(() => summaryApi.save({ planId, period: day, text: body }), () => (body ? '汇总正文已保存' : '已恢复为自动汇总'));
    if (s) show(s);
  };
  const markSent = async () => {
    const v = await sendForm.validateFields();
    const s = await run(
      () => summaryApi.markSent({ planId, period: day, to: v.to, sentAt: v.sentAt.format('YYYY-MM-DD HH:mm:ss'), note: v.note ?? null }),
      () => '已记录报送',
    );
    if (s) {
      show(s);
      setSending(false);
    }
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodChooser value={day} period={summary?.period ?? null} onChange={setDay} />
      </Space>
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={load} />}
      {summary && (
        <Row gutter={12}>
          <Col xs={24} xl={13}>
            <Card size="small" title="报送情况" style={{ marginBottom: 12 }}>
              <Typography.Paragraph data-testid="summary-status">{tallyLine(summary.status)}</Typography.Paragraph>
              <Table size="small" rowKey="reporterId" pagination={false} scroll={{ y: 240 }} dataSource={summary.rows} columns={[
                { title: '单位', dataIndex: 'name', ellipsis: true },
                { title: '状态', dataIndex: 'state', width: 90, render: (s: keyof typeof stateLabels) => stateLabels[s] },
                { title: '收到时间', dataIndex: 'receivedAt', width: 120, render: (s: string | null) => shortStamp(s) },
              ]} />
            </Card>
            <Card size="small" title="主要指标（全区）" style={{ marginBottom: 12 }}>
              <Table size="small" rowKey="indicatorId" pagination={false} dataSource={summary.indicators.rows} columns={[
                { title: '指标', dataIndex: 'name' },
                { title: '全区', key: 'v', width: 90, align: 'right', render: (_, r) => (r.district.value === null ? '—' : `${number(r.district.value)}${r.unitLabel ?? ''}`) },
                { title: '目标', key: 't', width: 120, ellipsis: { showTitle: true }, render: (_, r) => (r.target?.value != null ? `${r.target.comparator ?? ''}${r.target.value}${r.unitLabel ?? ''}` : (r.target?.text ?? '—')) },
                { title: '达标', key: 'j', width: 70, render: (_, r) => <Tag color={r.district.judgement === 'notMet' ? 'red' : r.district.judgement === 'met' ? 'green' : undefined}>{judgementLabels[r.district.judgement]}</Tag> },
              ]} />
            </Card>
            <Card size="small" title={`逾期任务（${summary.tasks.overdue.length}）与本期进展（${summary.tasks.changed.length}）`} style={{ marginBottom: 12 }}>
              <List size="small" dataSource={summary.tasks.overdue.slice(0, 20)} locale={{ emptyText: '无逾期任务' }}
                renderItem={(t) => <List.Item><Typography.Text type="danger">逾期</Typography.Text> {t.code} {t.title}（{t.lead ? `${t.lead}，` : ''}{t.due}）</List.Item>} />
            </Card>
          </Col>
          <Col xs={24} xl={11}>
            <Card
              size="small"
              title={summary.edited ? '汇总正文（已修改）' : '汇总正文（自动汇总）'}
              extra={
                <Space>
                  {summary.edited && <Button size="small" onClick={() => void save('')}>恢复自动汇总</Button>}
                  <Button size="small" type="primary" loading={busy} disabled={text === summary.text} onClick={() => void save(text)}>保存</Button>
                </Space>
              }
              style={{ marginBottom: 12 }}
            >
              <Input.TextArea
                aria-label="汇总正文"
                value={text}
                onChange={(e) => { setText(e.target.value); setUnsaved(e.target.value === summary.text ? null : '周报汇总'); }}
                autoSize={{ minRows: 16, maxRows: 28 }}
              />
            </Card>
            <Card size="small" title="报送记录" extra={<Button size="small" onClick={() => { sendForm.setFieldsValue({ to: '区政府、市医改办', sentAt: dayjs() }); setSending(true); }}>记录已报送</Button>}>
              <List size="small" dataSource={summary.sends} locale={{ emptyText: '尚未报送' }}
                renderItem={(s) => <List.Item>{shortStamp(s.at)} 报 {s.to}（{s.actor}）{s.note ? `：${s.note}` : ''}</List.Item>} />
            </Card>
          </Col>
        </Row>
      )}
      <Modal open={sending} title="记录已报送" okText="记录" cancelText="取消" onOk={() => void markSent()} onCancel={() => setSending(false)} confirmLoading={busy}>
        <Form form={sendForm} layout="vertical">
          <Form.Item name="to" label="报送对象" rules={[{ required: true, message: '请填写报送对象' }]}><Input /></Form.Item>
          <Form.Item name="sentAt" label="报送时间" rules={[{ required: true, message: '请选择时间' }]}><DatePicker showTime format="YYYY-MM-DD HH:mm" /></Form.Item>
          <Form.Item name="note" label="备注"><Input /></Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
