// 交办督办: assigning new work by list (交办 → 签收 → 反馈 → 销号), chasing what is late (督办), and
// the contact persons every notice names.
import { Card, Tabs } from 'antd';
import { useEffect } from 'react';
import { usePlans } from '../plans/plans-store';
import { ContactsPanel } from './ContactsPanel';
import { FollowUpPanel } from './FollowUpPanel';
import { ListsPanel } from './ListsPanel';

export function AssignmentsPage() {
  const { plans, loadPlans } = usePlans();
  useEffect(() => void loadPlans(), [loadPlans]);
  return (
    <Card title="交办督办" styles={{ body: { padding: '8px 16px' } }}>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'lists', label: '交办清单', children: <ListsPanel plans={plans} onPlansChanged={() => void loadPlans()} /> },
          { key: 'followups', label: '督办', children: <FollowUpPanel plans={plans} /> },
          { key: 'contacts', label: '联系人', children: <ContactsPanel plans={plans} /> },
        ]}
      />
    </Card>
  );
}
