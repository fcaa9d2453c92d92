import { Alert } from 'antd';
import { useEffect } from 'react';
import { PlanList } from './PlanList';
import { PlanView } from './PlanView';
import { usePlans } from './plans-store';

export function PlansPage() {
  const openPlanId = usePlans((s) => s.openPlanId);
  const error = usePlans((s) => s.error);
  const loadPlans = usePlans((s) => s.loadPlans);
  useEffect(() => void loadPlans(), [loadPlans]);
  return (
    <>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {openPlanId ? <PlanView /> : <PlanList />}
    </>
  );
}
