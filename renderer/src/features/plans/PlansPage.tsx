import { useEffect } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PlanList } from './PlanList';
import { PlanView } from './PlanView';
import { usePlans } from './plans-store';
import { NoticeDraftPage } from './notice/NoticeDraftPage';
import { useNotice } from './notice/notice-store';

export function PlansPage() {
  const openPlanId = usePlans((s) => s.openPlanId);
  const error = usePlans((s) => s.error);
  const loadPlans = usePlans((s) => s.loadPlans);
  const closePlan = usePlans((s) => s.closePlan);
  const drafting = useNotice((s) => s.active);
  useEffect(() => void loadPlans(), [loadPlans]);
  if (drafting) return <NoticeDraftPage />;
  return (
    <>
      {error && (
        <ErrorNotice
          message={error.message}
          detail={error.detail}
          onRetry={error.retry}
          onBack={openPlanId ? closePlan : undefined}
          backLabel="返回方案列表"
        />
      )}
      {openPlanId ? <PlanView /> : <PlanList />}
    </>
  );
}
