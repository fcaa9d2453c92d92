// 发报送模板: one workbook per reporting unit for a period, written into a folder the clerk picks,
// with progress and 取消. The clerk sends them out by the usual channels.
import { Alert, Button, Collapse, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { SavedFilesDto } from '../../../../electron/shared/contract/exports';
import type { PlanSummary } from '../../../../electron/shared/dto';
import type { PeriodStatusDto } from '../../../../electron/shared/reporting';
import { errorMessage, exportsApi, reportingApi } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';
import { useAsOf } from '../../stores/as-of-store';
import { PeriodChooser } from '../reporting/PeriodChooser';

export function TemplatesPanel({ plan }: { plan: PlanSummary | undefined }) {
  const asOf = useAsOf((s) => s.asOf);
  const [day, setDay] = useState(asOf);
  const [status, setStatus] = useState<PeriodStatusDto | null>(null);
  const [result, setResult] = useState<SavedFilesDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useJob();
  useEffect(() => setDay(asOf), [asOf]);
  useEffect(() => {
    setStatus(null);
    setResult(null);
    if (!plan?.hasRegime) return;
    reportingApi.status({ planId: plan.id, period: day }).then(setStatus, (e: unknown) => setError(errorMessage(e)));
  }, [plan, day]);
  if (!plan?.hasRegime) return <Alert type="info" showIcon message="该方案没有规定信息报送制度，无需发送报送模板" />;

  const run = async () => {
    setError(null);
    setResult(null);
    try {
      setResult(await job.start((jobId) => exportsApi.templates({ planId: plan.id, period: day, jobId })));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const units = status ? status.expected : 0;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        为该期每个报送单位生成一份模板（单位_期间_报送模板.xlsx）：单位和报送期已填好并锁定，只需在黄色格子中填写；发回后在“导入收回的模板”中导入。
      </Typography.Paragraph>
      <PeriodChooser value={day} period={status?.period ?? null} onChange={setDay} />
      <Space>
        <Button type="primary" loading={job.running} disabled={!status?.period.needsReport} onClick={() => void run()}>
          生成模板并选择保存的文件夹…
        </Button>
        {status?.period.needsReport && <Typography.Text type="secondary">共 {units} 个报送单位</Typography.Text>}
      </Space>
      <JobProgress job={job} label="生成模板" onCancel={job.cancel} />
      {result && result.folder && (
        <Alert
          type={result.cancelled ? 'warning' : 'success'} showIcon data-testid="templates-result"
          message={`${result.cancelled ? '已取消：' : ''}已生成 ${result.files.length} 份模板，保存在 ${result.folder}`}
          description={result.files.length > 0 && (
            <Collapse ghost size="small" items={[{ key: 'files', label: '查看文件名', children: <div style={{ maxHeight: 200, overflow: 'auto' }}>{result.files.map((f) => <div key={f}>{f}</div>)}</div> }]} />
          )}
        />
      )}
      {result && !result.folder && <Alert type="info" showIcon message="未选择文件夹，没有生成模板" />}
      {error && <Alert type="error" showIcon role="alert" message={error} />}
    </Space>
  );
}
