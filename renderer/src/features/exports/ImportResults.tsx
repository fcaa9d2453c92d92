// The verdict on every file of an import: imported, duplicate, waiting for confirmation (with
// what differs), or not imported (why, by cell). Waiting files can be confirmed in one go.
import { Alert, Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { importStatusLabels, type FileResultDto, type ImportReportDto, type ImportStatus } from '../../../../electron/shared/imports';
import { exportsApi } from '../../api';
import { stampText } from '../reporting/format';

const colors: Record<ImportStatus, string> = { imported: 'green', duplicate: 'default', changed: 'orange', rejected: 'red' };

function Explanation({ r }: { r: FileResultDto }) {
  return (
    <div style={{ whiteSpace: 'pre-wrap' }}>
      {r.errors.map((e, i) => <div key={`e${i}`}>{e.cell ? <Typography.Text code>{e.cell}</Typography.Text> : null}{e.message}</div>)}
      {r.notes.map((n, i) => <div key={`n${i}`}><Typography.Text type="warning">{n}</Typography.Text></div>)}
      {r.changes.map((c, i) => <div key={`c${i}`}>{c.label}：{c.before} → <Typography.Text strong>{c.after}</Typography.Text></div>)}
      {r.status === 'imported' && r.receivedAt && <Typography.Text type="secondary">收到时间 {stampText(r.receivedAt)}</Typography.Text>}
    </div>
  );
}

/** Writes the changed files the clerk confirmed and answers the report with their new verdicts. */
export async function confirmChanged(report: ImportReportDto, files: string[]): Promise<ImportReportDto> {
  const written = await exportsApi.overwrite(report.batchId, files);
  const byFile = new Map(written.map((r) => [r.file, r]));
  return { ...report, results: report.results.map((r) => byFile.get(r.file) ?? r) };
}

export function ImportResults({ report, onConfirm }: { report: ImportReportDto; onConfirm: (files: string[]) => Promise<void> }) {
  const waiting = report.results.filter((r) => r.status === 'changed').map((r) => r.file);
  const [chosen, setChosen] = useState<string[]>(waiting);
  const [busy, setBusy] = useState(false);
  const count = (s: ImportStatus) => report.results.filter((r) => r.status === s).length;
  const confirm = () => Modal.confirm({
    title: `确认导入 ${chosen.length} 个文件？`,
    content: '将以这些文件中的数值为准，覆盖已录入的报送（原有数值保留在操作记录中）。',
    okText: '确认导入', cancelText: '再看看',
    onOk: async () => {
      setBusy(true);
      try {
        await onConfirm(chosen);
        setChosen([]);
      } finally {
        setBusy(false);
      }
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type={count('rejected') ? 'warning' : 'success'} showIcon data-testid="import-summary"
        message={`共 ${report.results.length} 个文件：已导入 ${count('imported')}，重复 ${count('duplicate')}，待确认 ${count('changed')}，未导入 ${count('rejected')}${report.cancelled ? '（已取消，其余文件未读取）' : ''}`}
      />
      <Table<FileResultDto>
        size="small" rowKey="file" pagination={false} dataSource={report.results} aria-label="导入结果"
        scroll={{ y: 420 }}
        rowSelection={waiting.length ? {
          selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]),
          getCheckboxProps: (r) => ({ disabled: r.status !== 'changed', 'aria-label': `选择 ${r.file}` }),
        } : undefined}
        columns={[
          { title: '文件', dataIndex: 'file', width: 260, render: (v: string) => <span style={{ wordBreak: 'break-all' }}>{v}</span> },
          { title: '单位', dataIndex: 'unit', width: 160, render: (v: string | null) => v ?? '—' },
          { title: '报送期', dataIndex: 'periodLabel', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '结果', dataIndex: 'status', width: 100, render: (s: ImportStatus) => <Tag color={colors[s]}>{importStatusLabels[s]}</Tag> },
          { title: '说明', key: 'why', render: (_: unknown, r) => <Explanation r={r} /> },
        ]}
      />
      {waiting.length > 0 && (
        <Button type="primary" disabled={!chosen.length} loading={busy} onClick={confirm}>确认导入所选（{chosen.length}）</Button>
      )}
    </Space>
  );
}
