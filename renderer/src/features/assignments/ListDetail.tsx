// One 交办清单: its source and state; 交办 (issue), edit or delete while a draft; once issued, the
// recipients with their 签收 and contacts, the items with their light, 督办 level, feedback and
// 销号, the workbooks for the recipients, and the returned workbooks read back.
import { Alert, App, Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { contactLine, feedbackStatusLabels, sourceKindLabels, type AssignmentItemDto, type AssignmentListDto, type RecipientDto } from '../../../../electron/shared/assignments';
import type { SavedFilesDto } from '../../../../electron/shared/contract/exports';
import type { ImportReportDto } from '../../../../electron/shared/imports';
import { statusLabels } from '../../../../electron/shared/ledger';
import { assignmentsApi, errorMessage, exportsApi } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { LightBadge } from '../../components/LightBadge';
import { useAction } from '../../components/use-action';
import { useJob } from '../../components/use-job';
import { confirmChanged, ImportResults } from '../exports/ImportResults';
import { stampText } from '../reporting/format';
import { CloseModal, FeedbackModal, SignModal } from './ReceiptForms';

export function ListDetail({ list, onChanged, onEdit, onDeleted }: {
  list: AssignmentListDto; onChanged: (l: AssignmentListDto) => void; onEdit: () => void; onDeleted: () => void;
}) {
  const { modal } = App.useApp();
  const { busy, run } = useAction();
  const job = useJob();
  const [signing, setSigning] = useState<RecipientDto | null>(null);
  const [feedbackOn, setFeedbackOn] = useState<AssignmentItemDto | null>(null);
  const [closing, setClosing] = useState<AssignmentItemDto | null>(null);
  const [saved, setSaved] = useState<SavedFilesDto | null>(null);
  const [report, setReport] = useState<ImportReportDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = (id: number | null) => list.recipients.find((r) => r.recipientId === id)?.name ?? '';
  const reload = () => onChanged(list);

  const issue = () => modal.confirm({
    title: `交办清单${list.number}？`,
    content: `${list.items.length} 项任务将进入“${list.planTitle ?? '日常交办事项'}”的台账，交办后清单不能再修改。`,
    okText: '交办', cancelText: '取消',
    onOk: async () => { if (await run(() => assignmentsApi.issue(list.id), (r) => `已交办，${r.taskIds.length} 项任务已进入台账`)) await reload(); },
  });
  const remove = () => modal.confirm({
    title: `删除草稿${list.number}？`, content: '删除后不能恢复。', okText: '删除', okButtonProps: { danger: true }, cancelText: '取消',
    onOk: async () => { if (await run(() => assignmentsApi.remove(list.id), () => '草稿已删除')) onDeleted(); },
  });
  const exportBooks = async () => {
    setError(null);
    try {
      setSaved(await job.start((jobId) => assignmentsApi.exportBooks({ listId: list.id, jobId })));
    } catch (e) { setError(errorMessage(e)); }
  };
  const importReturned = async () => {
    setError(null);
    try {
      const r = await job.start((jobId) => exportsApi.importTemplates({ pick: 'files', jobId }));
      if (r.results.length) setReport(r);
      await reload();
    } catch (e) { setError(errorMessage(e)); }
  };
  // The picked files may include report templates whose changes wait for the clerk's word, as on 报表导出.
  const confirm = async (files: string[]) => {
    if (!report) return;
    try {
      setReport(await confirmChanged(report, files));
    } catch (e) { setError(errorMessage(e)); }
  };
  const issued = list.status === 'issued';
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={3} bordered items={[
        { key: 'n', label: '编号', children: list.number },
        { key: 's', label: '状态', children: issued ? <Tag color="blue">已交办 {list.issuedAt?.slice(0, 10)}</Tag> : <Tag>草稿</Tag> },
        { key: 'p', label: '任务放入', children: list.planTitle ?? '日常交办事项' },
        { key: 'd', label: '交办日期', children: list.assignedOn },
        { key: 'src', label: '交办依据', span: 2, children: `${list.sourceText}（${sourceKindLabels[list.sourceKind]}）` },
      ]} />
      <Space wrap>
        {!issued && <Button type="primary" loading={busy} onClick={issue}>交办</Button>}
        {!issued && <Button onClick={onEdit}>修改</Button>}
        {!issued && <Button danger onClick={remove}>删除草稿</Button>}
        {issued && <Button type="primary" loading={job.running} onClick={() => void exportBooks()}>导出交办清单（每个承办单位一份）…</Button>}
        {issued && <Button loading={job.running} onClick={() => void importReturned()}>导入收回的清单…</Button>}
      </Space>
      <JobProgress job={job} label="交办清单文件" onCancel={job.cancel} />
      {error && <Alert type="error" showIcon role="alert" message={error} />}
      {saved?.folder && <Alert type="success" showIcon closable data-testid="assignment-files" message={`已生成 ${saved.files.length} 个文件，保存在 ${saved.folder}`} description={saved.files.join('、')} />}
      {report && <ImportResults key={report.batchId} report={report} onConfirm={confirm} />}

      <Typography.Title level={5} style={{ margin: '8px 0 0' }}>承办单位与签收</Typography.Title>
      <Table<RecipientDto> size="small" rowKey="recipientId" pagination={false} dataSource={list.recipients} aria-label="承办单位" columns={[
        { title: '承办单位（工作组）', dataIndex: 'name', width: 200 },
        { title: '联系人', render: (_, r) => r.contacts.length ? r.contacts.map((c) => <div key={c.name}>{contactLine(c)}</div>) : <Typography.Text type="secondary">未登记</Typography.Text> },
        { title: '签收', width: 220, render: (_, r) => r.signedAt ? `${r.signedBy ?? ''} ${stampText(r.signedAt)}${r.signSource === 'import' ? '（导入）' : ''}` : <Typography.Text type="warning">未签收</Typography.Text> },
        { title: '', width: 110, render: (_, r) => issued && <Button size="small" onClick={() => setSigning(r)}>{r.signedAt ? '更正签收' : '登记签收'}</Button> },
      ]} />

      <Typography.Title level={5} style={{ margin: '8px 0 0' }}>交办事项</Typography.Title>
      <Table<AssignmentItemDto> size="small" rowKey="id" pagination={false} dataSource={list.items} aria-label="交办事项" columns={[
        { title: '序号', dataIndex: 'position', width: 56, align: 'center' },
        { title: '交办事项', dataIndex: 'title' },
        { title: '牵头', width: 130, render: (_, i) => name(i.leadRecipientId) },
        { title: '配合', width: 150, render: (_, i) => i.cooperatingRecipientIds.map(name).join('、') },
        { title: '完成时限', dataIndex: 'dueOn', width: 110 },
        { title: '状态', width: 170, render: (_, i) => i.closedOn ? <Tag color="green">已销号 {i.closedOn}</Tag> : i.ledger ? (
          <span className="nowrap"><LightBadge light={i.ledger.light} reason={i.ledger.lightReason} followUp={i.ledger.followUp} daysLate={i.ledger.daysLate} />{i.ledger.light !== 'red' && <Typography.Text type="secondary"> {statusLabels[i.ledger.status]}</Typography.Text>}</span>
        ) : '草稿' },
        { title: '最新反馈', width: 240, render: (_, i) => { const f = i.feedback.at(-1); return f ? `${f.reportedOn} ${name(f.recipientId)}（${feedbackStatusLabels[f.status]}）：${f.body}` : ''; } },
        { title: '', width: 150, render: (_, i) => issued && !i.closedOn && (
          <Space size={4}>
            <Button size="small" onClick={() => setFeedbackOn(i)}>登记反馈</Button>
            <Button size="small" disabled={!i.leadReportedDone} title={i.leadReportedDone ? '' : '牵头单位反馈已办结后才能销号'} onClick={() => setClosing(i)}>销号</Button>
          </Space>
        ) },
      ]} />
      <SignModal recipient={signing} onClose={() => setSigning(null)} onDone={(l) => { setSigning(null); onChanged(l); }} />
      <FeedbackModal list={list} item={feedbackOn} onClose={() => setFeedbackOn(null)} onDone={(l) => { setFeedbackOn(null); onChanged(l); }} />
      <CloseModal item={closing} onClose={() => setClosing(null)} onDone={(l) => { setClosing(null); onChanged(l); }} />
    </Space>
  );
}
