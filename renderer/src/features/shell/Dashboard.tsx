import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useEffect } from 'react';
import { usePlans } from '../plans/plans-store';

export function Dashboard() {
  const { plans, error, loadPlans } = usePlans();
  useEffect(() => void loadPlans(), [loadPlans]);
  const taskCount = plans.reduce((n, p) => n + p.taskCount, 0);
  return (
    <Card title="工作台">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title="方案" value={plans.length} suffix="个" />
        </Col>
        <Col span={8}>
          <Statistic title="任务（含时序安排与工作组职责）" value={taskCount} suffix="项" />
        </Col>
      </Row>
    </Card>
  );
}
