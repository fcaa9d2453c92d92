// 导出报表: every report as a workbook ready to submit, saved where the clerk picks.
import { Alert, Button, Checkbox, DatePicker, Form, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { PlanSummary } from '../../../../electron/shared/dto';
import type { SavedFileDto } from '../../../../electron/shared/contract/exports';
import { errorMessage, exportsApi } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';
import { useAsOf } from '../../stores/as-of-store';

type Report = 'ledger' | 'groups' | 'roster' | 'timeline' | 'indicators' | 'summary' | 'ranking';
const reports: { key: Report; label: string; what: string; needs: ('asOf' | 'period' | 'range' | 'regime' | 'history' | 'docx')[] }[] = [
  { key: 'ledger', label: '任务分工台账', what: '序号、重点任务、任务分工、牵头单位、配合单位、完成时限、进展情况、状态', needs: ['asOf', 'history'] },
  { key: 'timeline', label: '重点工作时序安排表', what: '工作内容、责任单位、完成时限和截至查看日期的完成情况', needs: ['asOf'] },
  { key: 'groups', label: '工作组责任分工表', what: '各工作组的牵头单位、成员单位和主要职责', needs: [] },
  { key: 'roster', label: '工作组组建方案', what: '各工作组的组长、副组长、成员及联系电话', needs: [] },
  { key: 'indicators', label: '指标监测表', what: '一级指标、二级指标、基线、各年目标、当前值、达标情况、责任单位', needs: ['asOf'] },
  { key: 'summary', label: '信息报送汇总表', what: '一期的报送情况、主要指标、逾期任务、突发情况和各单位工作进展；也可导出为 Word 公文', needs: ['period', 'regime', 'docx'] },
  { key: 'ranking', label: '报送情况通报', what: '统计区间内各单位按及时率排名', needs: ['range', 'regime'] },
];

type State = { result: SavedFileDto | null; error: string | null };

export function ReportExport({ plan }: { plan: PlanSummary | undefined }) {
  const asOf = useAsOf((s) => s.asOf);
  const job = useJob();
  const [report, setReport] = useState<Report>('ledger');
  const [day, setDay] = useState<Dayjs>(dayjs(asOf));
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const [history, setHistory] = useState(false);
  const [format, setFormat] = useState<'xlsx' | 'docx'>('xlsx');
  const [state, setState] = useState<State>({ result: null, error: null });
  useEffect(() => setDay(dayjs(asOf)), [asOf]);
  const chosen = reports.find((r) => r.key === report)!;
  const needsRegime = chosen.needs.includes('regime') && !plan?.hasRegime;

  const run = async () => {
    if (!plan) return;
    setState({ result: null, error: null });
    try {
      const iso = day.format('YYYY-MM-DD');
      const result = await job.start((jobId) => exportsApi.save({
        planId: plan.id, report, asOf: iso, jobId,
        ...(chosen.needs.includes('period') ? { period: iso } : {}),
        ...(chosen.needs.includes('range') && range ? { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') } : {}),
        ...(chosen.needs.includes('history') && history ? { history: true } : {}),
        ...(chosen.needs.includes('docx') && format === 'docx' ? { format: 'docx' as const } : {}),
      }));
      setState({ result, error: null });
    } catch (e) {
      setState({ result: null, error: errorMessage(e) });
    }
  };

  return (
    <Form layout="vertical">
        <Form.Item label="报表">
          <Radio.Group value={report} onChange={(e) => { setReport(e.target.value as Report); setState((s) => ({ ...s, result: null, error: null })); }}>
            <Space direction="vertical">
              {reports.map((r) => (
                <Radio key={r.key} value={r.key}>
                  <Typography.Text strong>{r.label}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>{r.what}</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        {(chosen.needs.includes('asOf') || chosen.needs.includes('period')) && (
          <Form.Item label={chosen.needs.includes('period') ? '报送期（选期内任一天）' : '截至日期'}>
            <DatePicker aria-label="导出日期" allowClear={false} value={day} onChange={(d) => d && setDay(d)} />
          </Form.Item>
        )}
        {chosen.needs.includes('range') && (
          <Form.Item label="统计区间（不选则从报送制度开始到截至日期）">
            <DatePicker.RangePicker aria-label="统计区间" value={range} onChange={(v) => setRange(v?.[0] && v[1] ? [v[0], v[1]] : null)} />
          </Form.Item>
        )}
        {chosen.needs.includes('history') && <Form.Item><Checkbox checked={history} onChange={(e) => setHistory(e.target.checked)}>进展情况写全部历次记录（默认只写最新一次）</Checkbox></Form.Item>}
        {chosen.needs.includes('docx') && (
          <Form.Item label="格式">
            <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as 'xlsx' | 'docx')} options={[{ value: 'xlsx', label: 'Excel 表格' }, { value: 'docx', label: 'Word 公文（汇总正文）' }]} />
          </Form.Item>
        )}
        {needsRegime && <Alert type="info" showIcon message="该方案没有规定信息报送制度，不能导出此报表" style={{ marginBottom: 12 }} />}
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button type="primary" loading={job.running} disabled={!plan || needsRegime} onClick={() => void run()}>导出并保存…</Button>
          <JobProgress job={job} label="导出" />
          {state.result && (
            <Alert type={state.result.saved ? 'success' : 'info'} showIcon data-testid="export-result"
              message={state.result.saved ? `已保存：${state.result.saved}（${Math.max(1, Math.round(state.result.bytes / 1024))} KB）` : '已取消保存'} />
          )}
          {state.error && <Alert type="error" showIcon role="alert" message={state.error} />}
        </Space>
    </Form>
  );
}
