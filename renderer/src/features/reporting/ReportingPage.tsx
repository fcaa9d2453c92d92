import { Card, Empty, Select, Space, Tabs } from 'antd';
import { useEffect } from 'react';
import { AsOfPicker } from '../../components/AsOfPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IncidentsPanel } from '../incidents/IncidentsPanel';
import { MatrixView } from './MatrixView';
import { RegimeEditor } from './RegimeEditor';
import { RemindersView } from './RemindersView';
import { useReporting, type ReportingTab } from './reporting-store';
import { SubmissionDrawer } from './SubmissionDrawer';
import { SummaryView } from './SummaryView';

/** 信息报送: who reported what and when, who to chase, the weekly summary, incidents and the regime itself. */
export function ReportingPage() {
  const { plans, planId, setup, tab, error, loadPlans, choosePlan, setTab } = useReporting();
  useEffect(() => void loadPlans(), [loadPlans]);
  const scope = plans.find((p) => p.id === planId)?.scope;
  const tabs: { key: ReportingTab; label: string; children: React.ReactNode }[] = planId && setup
    ? [
        { key: 'matrix', label: '报送情况', children: <MatrixView planId={planId} /> },
        { key: 'reminders', label: '催报', children: <RemindersView planId={planId} /> },
        { key: 'summary', label: '周报汇总', children: <SummaryView planId={planId} /> },
        { key: 'incidents', label: '专报', children: <IncidentsPanel planId={planId} scope={scope} /> },
        { key: 'regime', label: '报送制度', children: <RegimeEditor setup={setup} scope={scope} /> },
      ]
    : [];
  return (
    <Card
      title="信息报送"
      styles={{ body: { padding: '0 16px 12px' } }}
      extra={
        <Space wrap>
          <Select
            aria-label="方案"
            style={{ width: 320 }}
            value={planId ?? undefined}
            placeholder="选择方案"
            onChange={(id: string) => void choosePlan(id)}
            options={plans.map((p) => ({ value: p.id, label: p.title }))}
          />
          <AsOfPicker />
        </Space>
      }
    >
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={() => void loadPlans()} />}
      {!error && plans.length === 0 && <Empty style={{ marginTop: 24 }} description="还没有规定信息报送制度的方案" />}
      {tabs.length > 0 && <Tabs activeKey={tab} onChange={(k) => setTab(k as ReportingTab)} items={tabs} destroyOnHidden />}
      {planId && <SubmissionDrawer planId={planId} />}
    </Card>
  );
}
