import { Alert, Button, Card, Descriptions, Space, Splitter, Tabs, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { GroupsPanel } from './GroupsPanel';
import { IndicatorsTable } from './IndicatorsTable';
import { PhasesPanel } from './PhasesPanel';
import { usePlans } from './plans-store';
import { RegimePanel } from './RegimePanel';
import { SourcePane } from './SourcePane';
import { TaskTable } from './TaskTable';

export function PlanView() {
  const open = usePlans((s) => s.open);
  const loading = usePlans((s) => s.loading);
  const closePlan = usePlans((s) => s.closePlan);
  const showSource = usePlans((s) => s.showSource);
  const source = usePlans((s) => s.source);
  const toggleSource = usePlans((s) => s.toggleSource);

  // Esc goes back to the plan list, unless the clerk is typing in a field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (e.key === 'Escape' && !typing) closePlan();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closePlan]);

  const tabs = useMemo(() => {
    if (!open) return [];
    const { detail, groups, indicators, regime } = open;
    const byKind = (kind: string) => detail.tasks.filter((t) => t.kind === kind);
    const items = [{ key: 'tasks', label: `任务（${byKind('task').length}）`, children: <TaskTable tasks={byKind('task')} /> }];
    const timeline = byKind('timeline');
    if (timeline.length) items.push({ key: 'timeline', label: `时序安排（${timeline.length}）`, children: <TaskTable tasks={timeline} timeline /> });
    const duties = byKind('duty').length;
    const groupLabel = duties ? `工作组（${groups.length}，职责 ${duties} 项）` : `工作组（${groups.length}）`;
    if (groups.length) items.push({ key: 'groups', label: groupLabel, children: <GroupsPanel groups={groups} tasks={detail.tasks} /> });
    if (indicators.length) items.push({ key: 'indicators', label: `指标（${indicators.length}）`, children: <IndicatorsTable indicators={indicators} /> });
    if (regime) items.push({ key: 'regime', label: '报送制度', children: <RegimePanel regime={regime} /> });
    if (detail.phases.length) items.push({ key: 'phases', label: `实施阶段（${detail.phases.length}）`, children: <PhasesPanel phases={detail.phases} /> });
    return items;
  }, [open]);

  if (!open) return <Card loading={loading} />;
  const { plan } = open.detail;
  const main = (
    <Card
      title={<Typography.Title level={4} style={{ margin: 0 }}>{plan.title}</Typography.Title>}
      extra={
        <Space>
          <Button onClick={() => void toggleSource()} type={showSource ? 'primary' : 'default'} disabled={!plan.hasSource}>
            {showSource ? '关闭原文' : '对照原文'}
          </Button>
          <Button onClick={closePlan} title="Esc">返回方案列表</Button>
        </Space>
      }
    >
      {plan.caution && <Alert type="warning" showIcon message={plan.caution} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" column={4} style={{ marginBottom: 8 }}>
        <Descriptions.Item label="文号">{plan.docNumber}</Descriptions.Item>
        <Descriptions.Item label="印发日期">{plan.issuedOn}</Descriptions.Item>
        <Descriptions.Item label="印发单位">{plan.issuer}</Descriptions.Item>
        <Descriptions.Item label="任务总数">
          <span data-testid="task-count">{plan.taskCount}</span> 项
        </Descriptions.Item>
      </Descriptions>
      <Tabs items={tabs} />
    </Card>
  );
  if (!showSource || source === null) return main;
  return (
    <Splitter style={{ height: 'calc(100vh - 40px)' }}>
      <Splitter.Panel defaultSize="60%" min="35%">
        <div className="pane-scroll">{main}</div>
      </Splitter.Panel>
      <Splitter.Panel min="20%" style={{ paddingLeft: 12 }}>
        <SourcePane text={source} />
      </Splitter.Panel>
    </Splitter>
  );
}
