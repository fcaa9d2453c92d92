// 报表导出: Excel out and in. Reports ready to submit upward; templates sent to the reporting
// units for a period; the templates they send back, read in file by file; and a ledger the
// office kept by hand, read into a plan.
import { Alert, Card, Form, Select, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import type { PlanSummary } from '../../../../electron/shared/dto';
import { errorMessage, plansApi } from '../../api';
import { ImportPanel } from './ImportPanel';
import { LedgerImportPanel } from './LedgerImportPanel';
import { ReportExport } from './ReportExport';
import { TemplatesPanel } from './TemplatesPanel';

export function ExportsPage() {
  const [plans, setPlans] = useState<PlanSummary[]>([]);
  const [planId, setPlanId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void plansApi.list().then((all) => {
      setPlans(all);
      setPlanId((cur) => cur ?? all[0]?.id ?? null);
    }, (e: unknown) => setError(errorMessage(e)));
  }, []);
  const plan = plans.find((p) => p.id === planId);
  return (
    <Card title="报表导出" styles={{ body: { padding: '12px 16px', maxWidth: 980 } }}>
      <Form layout="vertical">
        <Form.Item label="方案" style={{ marginBottom: 8 }}>
          <Select aria-label="导出方案" value={planId ?? undefined} onChange={setPlanId} options={plans.map((p) => ({ value: p.id, label: p.title }))} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon role="alert" message={error} />}
      <Tabs
        items={[
          { key: 'reports', label: '导出报表', children: <ReportExport plan={plan} /> },
          { key: 'templates', label: '发报送模板', children: <TemplatesPanel plan={plan} /> },
          { key: 'imports', label: '导入收回的模板', children: <ImportPanel plan={plan} /> },
          { key: 'ledger', label: '导入已有台账', children: <LedgerImportPanel plan={plan} /> },
        ]}
      />
    </Card>
  );
}
