import { Card, Col, Row, Statistic } from 'antd';
import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { usePlans } from '../plans/plans-store';

/** The first screen. Counts are named as everywhere else: tasks, timeline items and group duties apart. */
export function Dashboard() {
  const { plans, error, loadPlans } = usePlans();
  useEffect(() => void loadPlans(), [loadPlans]);
  const sum = (key: 'tasks' | 'timeline' | 'duties') => plans.reduce((n, p) => n + p.counts[key], 0);
  return (
    <Card title="工作台">
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={error.retry} />}
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title="方案" value={plans.length} suffix="个" />
        </Col>
        <Col span={6}>
          <Statistic title="任务" value={sum('tasks')} suffix="项" />
        </Col>
        <Col span={6}>
          <Statistic title="时序安排" value={sum('timeline')} suffix="项" />
        </Col>
        <Col span={6}>
          <Statistic title="工作组职责" value={sum('duties')} suffix="项" />
        </Col>
      </Row>
    </Card>
  );
}
