import { Button, Card, Space, Table, Tag, Tooltip } from 'antd';
import { useNotice } from './notice/notice-store';
import type { PlanSummary } from '../../../../electron/shared/dto';
import { usePlans } from './plans-store';

const count = (title: string, key: keyof PlanSummary['counts'], what: string) => ({
  title: <Tooltip title={what}>{title}</Tooltip>,
  key,
  width: 96,
  align: 'right' as const,
  render: (_: unknown, plan: PlanSummary) => <span data-count={key}>{plan.counts[key] || '—'}</span>,
});

export function PlanList() {
  const plans = usePlans((s) => s.plans);
  const loading = usePlans((s) => s.loading);
  const openPlan = usePlans((s) => s.openPlan);
  const startDraft = useNotice((s) => s.start);
  return (
    <Card
      title="方案管理"
      extra={
        <Space>
          <span>共 {plans.length} 个方案，单击或按回车键打开</span>
          <Button type="primary" onClick={startDraft}>从通知新建</Button>
        </Space>
      }
    >
      <Table<PlanSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={plans}
        pagination={false}
        onRow={(plan) => ({
          onClick: () => void openPlan(plan.id),
          onKeyDown: (e) => e.key === 'Enter' && void openPlan(plan.id),
          tabIndex: 0,
          style: { cursor: 'pointer' },
          'data-plan-id': plan.id,
        })}
        columns={[
          {
            title: '方案名称',
            dataIndex: 'title',
            render: (title: string, plan) => (
              <>
                <a>{title}</a>
                {plan.caution && (
                  <Tooltip title={plan.caution}>
                    <Tag color="orange" style={{ marginLeft: 8 }}>
                      需核对原件
                    </Tag>
                  </Tooltip>
                )}
              </>
            ),
          },
          { title: '文号', dataIndex: 'docNumber', width: 190 },
          { title: '印发日期', dataIndex: 'issuedOn', width: 100 },
          { title: '印发单位', dataIndex: 'issuer', width: 200, responsive: ['xl'] },
          count('任务', 'tasks', '承担工作的任务条目（不含“一、”等标题行）'),
          count('时序安排', 'timeline', '时序安排表中的工作事项'),
          count('工作组职责', 'duties', '各工作组责任分工中的职责条目'),
        ]}
      />
    </Card>
  );
}
