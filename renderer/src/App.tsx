import { Layout, Menu, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { AssignmentsPage } from './features/assignments/AssignmentsPage';
import { AuditPage } from './features/audit/AuditPage';
import { GroupsPage } from './features/groups/GroupsPage';
import { LedgerPage } from './features/ledger/LedgerPage';
import { usePlans } from './features/plans/plans-store';
import { UnitsPage } from './features/units/UnitsPage';
import { PlansPage } from './features/plans/PlansPage';
import { ReportingPage } from './features/reporting/ReportingPage';
import { IndicatorsPage } from './features/indicators/IndicatorsPage';
import { ExportsPage } from './features/exports/ExportsPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { ComingSoon } from './features/shell/ComingSoon';
import { Dashboard } from './features/shell/Dashboard';
import { areas, isTyping, useNav, type AreaKey } from './stores/nav-store';

const { Sider, Content } = Layout;

/** Ctrl+1 … Ctrl+9 and Ctrl+0 switch to the first ten areas in the order of the navigation, never while the clerk types. */
function useAreaShortcuts(go: (area: AreaKey) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.ctrlKey || e.altKey || e.shiftKey || isTyping(e.target)) return;
      const area = /^\d$/.test(e.key) ? areas[(Number(e.key) + 9) % 10] : undefined;
      if (area) {
        e.preventDefault();
        go(area.key);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}

/** Closing the window with unsaved edits asks first, as leaving the page does. */
function useUnloadGuard(unsaved: string | null): void {
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved]);
}

/** A navigation item takes the clerk to its area's first screen, also when already inside it. */
const areaHome: Partial<Record<AreaKey, () => void>> = { plans: () => usePlans.getState().closePlan() };

export function App() {
  const { area, go, unsaved, pending, leave, stay } = useNav();
  useAreaShortcuts(go);
  useUnloadGuard(unsaved);
  const open = (key: AreaKey) => {
    go(key);
    if (useNav.getState().area === key) areaHome[key]?.();
  };
  return (
    <Layout style={{ height: '100vh' }} hasSider>
      <Sider width={160} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={4} style={{ margin: '16px 20px' }}>
          医改台账
        </Typography.Title>
        <nav aria-label="主导航">
          <Menu
            mode="inline"
            style={{ borderInlineEnd: 'none' }}
            selectedKeys={[area]}
            onClick={(e) => open(e.key as AreaKey)}
            items={areas.map((a, i) => ({ key: a.key, label: a.label, title: i < 10 ? `${a.label}（Ctrl+${(i + 1) % 10}）` : a.label }))}
          />
        </nav>
      </Sider>
      <Content className="area-scroll">
        <AreaView area={area} />
      </Content>
      <Modal
        open={pending !== null}
        title="有未保存的修改"
        okText="放弃修改并离开"
        okButtonProps={{ danger: true }}
        cancelText="留在此页"
        onOk={leave}
        onCancel={stay}
      >
        “{unsaved}”中的修改尚未保存，离开后将丢失。
      </Modal>
    </Layout>
  );
}

function AreaView({ area }: { area: AreaKey }) {
  switch (area) {
    case 'plans':
      return <PlansPage />;
    case 'settings':
      return <SettingsPage />;
    case 'dashboard':
      return <Dashboard />;
    case 'ledger':
      return <LedgerPage />;
    case 'assignments':
      return <AssignmentsPage />;
    case 'groups':
      return <GroupsPage />;
    case 'units':
      return <UnitsPage />;
    case 'audit':
      return <AuditPage />;
    case 'reporting':
      return <ReportingPage />;
    case 'indicators':
      return <IndicatorsPage />;
    case 'exports':
      return <ExportsPage />;
    default:
      return <ComingSoon title={areas.find((a) => a.key === area)?.label ?? ''} />;
  }
}
