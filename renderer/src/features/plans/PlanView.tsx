import { Card, Splitter, Tabs } from 'antd';
import { useEffect, useMemo } from 'react';
import { isTyping } from '../../stores/nav-store';
import { GroupsPanel } from './GroupsPanel';
import { IndicatorsTable } from './IndicatorsTable';
import { PhasesPanel } from './PhasesPanel';
import { PlanHeader } from './PlanHeader';
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
      if (e.key === 'Escape' && !isTyping(e.target)) closePlan();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closePlan]);

  const tabs = useMemo(() => {
    if (!open) return [];
    const { detail, groups, indicators, regime } = open;
    const { counts } = detail.plan;
    const byKind = (kind: string) => detail.tasks.filter((t) => t.kind === kind);
    const taskLabel = counts.headings ? `任务（${counts.tasks} 项，标题 ${counts.headings} 个）` : `任务（${counts.tasks} 项）`;
    const items = [{ key: 'tasks', label: taskLabel, children: <TaskTable tasks={byKind('task')} /> }];
    if (counts.timeline) items.push({ key: 'timeline', label: `时序安排（${counts.timeline} 项）`, children: <TaskTable tasks={byKind('timeline')} timeline /> });
    const groupLabel = counts.duties ? `工作组（${groups.length} 个，职责 ${counts.duties} 项）` : `工作组（${groups.length} 个）`;
    if (groups.length) items.push({ key: 'groups', label: groupLabel, children: <GroupsPanel groups={groups} tasks={detail.tasks} /> });
    if (indicators.length) items.push({ key: 'indicators', label: `指标（${indicators.length} 项）`, children: <IndicatorsTable indicators={indicators} /> });
    if (regime) items.push({ key: 'regime', label: '报送制度', children: <RegimePanel regime={regime} /> });
    if (detail.phases.length) items.push({ key: 'phases', label: `实施阶段（${detail.phases.length} 个）`, children: <PhasesPanel phases={detail.phases} /> });
    return items;
  }, [open]);

  if (!open) return <Card loading={loading} />;
  const main = (
    <Card styles={{ body: { padding: '12px 16px' } }}>
      <PlanHeader plan={open.detail.plan} showSource={showSource} onToggleSource={() => void toggleSource()} onBack={closePlan} />
      <Tabs items={tabs} />
    </Card>
  );
  if (!showSource || source === null) return main;
  return (
    <Splitter className="plan-split">
      <Splitter.Panel defaultSize="58%" min="40%">
        <div className="pane-scroll">{main}</div>
      </Splitter.Panel>
      <Splitter.Panel min="22%" style={{ paddingLeft: 12 }}>
        <SourcePane text={source} />
      </Splitter.Panel>
    </Splitter>
  );
}
