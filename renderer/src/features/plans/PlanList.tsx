import { Card, Table, Tag, Tooltip } from 'antd';
import type { PlanSummary } from '../../../../electron/shared/dto';
import { usePlans } from './plans-store';

export function PlanList() {
  const plans = usePlans((s) => s.plans);
  const loading = usePlans((s) => s.loading);
  const openPlan = usePlans((s) => s.openPlan);
  return (
    <Card title="方案管理" extra={<span>共 {plans.length} 个方案，单击或按回车键打开</span>}>
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
          { title: '文号', dataIndex: 'docNumber', width: 220 },
          { title: '印发日期', dataIndex: 'issuedOn', width: 120 },
          { title: '印发单位', dataIndex: 'issuer', width: 240 },
          { title: '任务数', dataIndex: 'taskCount', width: 90, align: 'right' },
        ]}
      />
    </Card>
  );
}
