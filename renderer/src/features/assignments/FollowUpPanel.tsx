// 督办: every unfinished task past its deadline as of the 查看日期, with its level (提醒, 督办, 通报),
// days late, leads and whom to call, and the notices already sent. Chosen tasks get a 督办通知 per
// lead (Word, logged as sent); the 督办情况通报 ranks the leads over a date range.
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { contactLine, type NoticeDto, type OverdueDto } from '../../../../electron/shared/assignments';
import type { SavedFilesDto } from '../../../../electron/shared/contract/exports';
import type { PlanSummary, Settings } from '../../../../electron/shared/dto';
import { followUpLabels, followUpRulesText } from '../../../../electron/shared/followup';
import { assignmentsApi, errorMessage, exportsApi, settingsApi } from '../../api';
import { AsOfPicker } from '../../components/AsOfPicker';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';
import { useAsOf } from '../../stores/as-of-store';
import { FollowUpTag } from '../../components/FollowUpTag';

type NoticeValues = { issuedOn: Dayjs; replyBy: Dayjs; docPrefix?: string; firstNumber?: number | null };

export function FollowUpPanel({ plans }: { plans: PlanSummary[] }) {
  const asOf = useAsOf((s) => s.asOf);
  const [planId, setPlanId] = useState<string | null>(null);
  const [rows, setRows] = useState<OverdueDto[]>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [log, setLog] = useState<NoticeDto[]>([]);
  const [asking, setAsking] = useState(false);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(asOf).startOf('month'), dayjs(asOf)]);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<NoticeValues>();
  const job = useJob();
  const load = useCallback(() => {
    assignmentsApi.overdue({ planId: planId ?? undefined, asOf }).then((r) => { setRows(r); setChosen((c) => c.filter((id) => r.some((o) => o.taskId === id))); }, (e: unknown) => setError(errorMessage(e)));
    void assignmentsApi.log().then(setLog, () => setLog([]));
  }, [planId, asOf]);
  useEffect(load, [load]);
  useEffect(() => void settingsApi.get().then(setSettings, () => setSettings(null)), []);

  const writeNotices = async () => {
    const v = await form.validateFields();
    setAsking(false);
    setError(null);
    try {
      const r: SavedFilesDto = await job.start((jobId) => assignmentsApi.notices({
        asOf, taskIds: chosen, issuedOn: v.issuedOn.format('YYYY-MM-DD'), replyBy: v.replyBy.format('YYYY-MM-DD'),
        docPrefix: v.docPrefix?.trim() || null, firstNumber: v.firstNumber ?? undefined, jobId,
      }));
      if (r.folder) setSaved(`已生成 ${r.files.length} 份督办通知，保存在 ${r.folder}：${r.files.join('、')}`);
      load();
    } catch (e) { setError(errorMessage(e)); }
  };
  const exportRanking = async () => {
    const plan = planId ?? plans.find((p) => p.counts.tasks > 0)?.id;
    if (!plan) return;
    setError(null);
    try {
      const r = await job.start((jobId) => exportsApi.save({ planId: plan, report: 'followups', from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), jobId }));
      if (r.saved) setSaved(`督办情况通报已保存：${r.saved}`);
    } catch (e) { setError(errorMessage(e)); }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select aria-label="督办方案" allowClear placeholder="全部方案" style={{ width: 300 }} value={planId ?? undefined} onChange={(v) => setPlanId(v ?? null)} options={plans.map((p) => ({ value: p.id, label: p.title }))} />
        <AsOfPicker />
        <Button type="primary" disabled={!chosen.length} loading={job.running} onClick={() => { form.setFieldsValue({ issuedOn: dayjs(asOf), replyBy: dayjs(asOf).add(5, 'day') }); setAsking(true); }}>
          生成督办通知{chosen.length ? `（${chosen.length} 项）` : ''}…
        </Button>
      </Space>
      {settings && <Typography.Text type="secondary">{followUpRulesText(settings.followUpDays).join(' ')}（可在“设置”中调整）</Typography.Text>}
      <JobProgress job={job} label="督办文件" onCancel={job.cancel} />
      {error && <Alert type="error" showIcon role="alert" message={error} />}
      {saved && <Alert type="success" showIcon closable onClose={() => setSaved(null)} message={saved} data-testid="followup-files" />}
      <Table<OverdueDto> size="small" rowKey="taskId" dataSource={rows} aria-label="逾期任务" pagination={{ pageSize: 50, showSizeChanger: false }}
        rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as number[]) }}
        locale={{ emptyText: `截至 ${asOf} 没有逾期未完成的任务` }}
        columns={[
          { title: '级别', width: 90, render: (_, o) => <FollowUpTag level={o.level} daysLate={o.daysLate} />, filters: Object.entries(followUpLabels).map(([value, text]) => ({ value, text })), onFilter: (v, o) => o.level === v },
          { title: '逾期', width: 70, align: 'right', render: (_, o) => `${o.daysLate} 天`, sorter: (a, b) => a.daysLate - b.daysLate },
          { title: '任务', render: (_, o) => <><div>{o.title}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{o.assignment ? `交办清单${o.assignment.number}` : o.planTitle}</Typography.Text></> },
          { title: '完成时限', width: 100, dataIndex: 'due' },
          { title: '牵头单位及联系人', width: 280, render: (_, o) => o.leads.map((l) => <div key={`${l.kind}${l.id}`}><b>{l.name}</b>{l.contacts.length ? `：${l.contacts.map(contactLine).join('；')}` : ''}</div>) },
          { title: '最新进展', width: 220, render: (_, o) => (o.latestProgress ? `${o.latestProgress.enteredOn} ${o.latestProgress.body}` : <Typography.Text type="secondary">无</Typography.Text>) },
          { title: '已督办', width: 90, render: (_, o) => (o.notices.count ? <Tag>{o.notices.count} 次{o.notices.lastOn ? ` ${o.notices.lastOn.slice(5)}` : ''}</Tag> : '') },
        ]}
      />
      <Space wrap>
        <Typography.Text>督办情况通报：</Typography.Text>
        <DatePicker.RangePicker aria-label="通报统计区间" value={range} allowClear={false} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
        <Button loading={job.running} onClick={() => void exportRanking()}>导出督办情况通报…</Button>
      </Space>
      {log.length > 0 && (
        <Table<NoticeDto> size="small" rowKey="id" dataSource={log} pagination={{ pageSize: 10, showSizeChanger: false }} aria-label="督办通知记录" title={() => '已发督办通知'} columns={[
          { title: '发文日期', dataIndex: 'issuedOn', width: 100 },
          { title: '对象', dataIndex: 'recipient', width: 180 },
          { title: '级别', width: 70, render: (_, n) => followUpLabels[n.level] },
          { title: '文号', width: 200, render: (_, n) => n.docNumber ?? '（手写）' },
          { title: '任务', render: (_, n) => n.tasks.map((t) => t.title).join('；') },
          { title: '反馈期限', dataIndex: 'replyBy', width: 100 },
        ]} />
      )}
      <Modal open={asking} title={`生成督办通知：${chosen.length} 项逾期任务`} okText="选择保存的文件夹并生成" cancelText="取消" onOk={() => void writeNotices()} onCancel={() => setAsking(false)}>
        <Typography.Paragraph type="secondary">每个牵头单位（工作组）一份 Word 文档，按正式公文格式排版；生成后记为已督办。</Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Row gutter={12}>
            <Col span={12}><Form.Item name="issuedOn" label="发文日期" rules={[{ required: true }]}><DatePicker aria-label="发文日期" allowClear={false} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={12}><Form.Item name="replyBy" label="反馈期限" rules={[{ required: true }]}><DatePicker aria-label="反馈期限" allowClear={false} style={{ width: '100%' }} /></Form.Item></Col>
            <Col span={16}><Form.Item name="docPrefix" label="文号前缀（可不填，留空则在文中手写）"><Input aria-label="文号前缀" placeholder="如：巴南医改办督〔2017〕" maxLength={40} /></Form.Item></Col>
            <Col span={8}><Form.Item name="firstNumber" label="起始号"><InputNumber aria-label="起始号" min={1} max={9999} style={{ width: '100%' }} /></Form.Item></Col>
          </Row>
        </Form>
      </Modal>
    </Space>
  );
}
