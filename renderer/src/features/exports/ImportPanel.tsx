// 导入收回的模板: pick files, a folder, or drop files on the panel; each file is read with
// progress and 取消, and the verdict on every file is listed.
import { Alert, Button, DatePicker, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type DragEvent } from 'react';
import type { PlanSummary } from '../../../../electron/shared/dto';
import { maxWorkbookBytes, type ImportReportDto } from '../../../../electron/shared/imports';
import { errorMessage, exportsApi } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { confirmChanged, ImportResults } from './ImportResults';
import { useJob } from '../../components/use-job';

type Dropped = { name: string; modifiedAt: number; size: number; base64: string };

/** A dropped file's bytes as base64; one over the limit goes with its size only, and the core refuses it by name. */
function readDropped(file: File): Promise<Dropped> {
  const base = { name: file.name, modifiedAt: file.lastModified, size: file.size };
  if (file.size > maxWorkbookBytes || file.size === 0) return Promise.resolve({ ...base, base64: '' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ ...base, base64: String(reader.result).replace(/^data:[^,]*,/, '') });
    reader.onerror = () => reject(new Error(`无法读取 ${file.name}`));
    reader.readAsDataURL(file);
  });
}

export function ImportPanel({ plan }: { plan: PlanSummary | undefined }) {
  const job = useJob();
  const [report, setReport] = useState<ImportReportDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [timeMode, setTimeMode] = useState<'file' | 'set'>('file');
  const [receivedAt, setReceivedAt] = useState<Dayjs | null>(null);
  const [over, setOver] = useState(false);
  if (!plan?.hasRegime) return <Alert type="info" showIcon message="该方案没有规定信息报送制度，没有可导入的报送模板" />;

  const run = async (pick: 'files' | 'folder' | 'dropped', files?: Dropped[]) => {
    if (timeMode === 'set' && !receivedAt) return setError('请选择统一的收到时间，或改为“按文件的修改时间”');
    setError(null);
    try {
      const result = await job.start((jobId) => exportsApi.importTemplates({
        planId: plan.id, pick, jobId, ...(files ? { files } : {}),
        ...(timeMode === 'set' && receivedAt ? { receivedAt: receivedAt.format('YYYY-MM-DD HH:mm') } : {}),
      }));
      if (result.results.length || !result.cancelled) setReport(result);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files].filter((f) => f.type !== '' || /\.[a-z]+$/i.test(f.name));
    if (!files.length) return setError('拖入的是文件夹或无法识别的内容；导入文件夹请用“选择文件夹”');
    try {
      await run('dropped', await Promise.all(files.map(readDropped)));
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const confirm = async (files: string[]) => {
    if (!report) return;
    try {
      setReport(await confirmChanged(report, files));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <div
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void onDrop(e)}
        aria-label="拖入收回的模板"
        style={{ border: `1px dashed ${over ? '#1677ff' : '#d9d9d9'}`, borderRadius: 8, padding: 16, background: over ? '#e6f4ff' : '#fafafa' }}
      >
        <Space direction="vertical">
          <Typography.Text>把收回的模板（.xlsx、.xls、WPS 的 .et）拖到这里，或：</Typography.Text>
          <Space>
            <Button type="primary" loading={job.running} onClick={() => void run('folder')}>选择文件夹…</Button>
            <Button loading={job.running} onClick={() => void run('files')}>选择文件…</Button>
          </Space>
          <Space wrap>
            <Typography.Text type="secondary">收到时间：</Typography.Text>
            <Radio.Group value={timeMode} onChange={(e) => setTimeMode(e.target.value as 'file' | 'set')}
              options={[{ value: 'file', label: '按文件的修改时间' }, { value: 'set', label: '统一设为' }]} />
            {timeMode === 'set' && <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" aria-label="收到时间" value={receivedAt} onChange={setReceivedAt} />}
          </Space>
          <Typography.Text type="secondary">
            每个文件单独导入：与已录入相同的记为重复，不同的先列出差异、确认后才覆盖，有问题的写明单元格和原因，整份不导入。
          </Typography.Text>
        </Space>
      </div>
      <JobProgress job={job} label="导入" onCancel={job.cancel} />
      {error && <Alert type="error" showIcon role="alert" message={error} />}
      {report && <ImportResults key={report.batchId} report={report} onConfirm={confirm} />}
    </Space>
  );
}
