import { Layout, Menu, Typography } from 'antd';
import { useEffect } from 'react';
import { PlansPage } from './features/plans/PlansPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { ComingSoon } from './features/shell/ComingSoon';
import { Dashboard } from './features/shell/Dashboard';
import { areas, useNav, type AreaKey } from './stores/nav-store';

const { Sider, Content } = Layout;

/** Ctrl+1 … Ctrl+8 switch areas in the order of the navigation. */
function useAreaShortcuts(go: (area: AreaKey) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.ctrlKey || e.altKey || e.shiftKey) return;
      const area = areas[Number(e.key) - 1];
      if (area) {
        e.preventDefault();
        go(area.key);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}

export function App() {
  const area = useNav((s) => s.area);
  const go = useNav((s) => s.go);
  useAreaShortcuts(go);
  return (
    <Layout style={{ height: '100vh' }} hasSider>
      <Sider width={176} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={4} style={{ margin: '16px 20px' }}>
          医改台账
        </Typography.Title>
        <nav aria-label="主导航">
          <Menu
            mode="inline"
            style={{ borderInlineEnd: 'none' }}
            selectedKeys={[area]}
            onClick={(e) => go(e.key as AreaKey)}
            items={areas.map((a, i) => ({ key: a.key, label: a.label, title: `${a.label}（Ctrl+${i + 1}）` }))}
          />
        </nav>
      </Sider>
      <Content style={{ padding: 20, overflow: 'auto', background: '#f5f5f5' }}>
        <AreaView area={area} />
      </Content>
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
    default:
      return <ComingSoon title={areas.find((a) => a.key === area)?.label ?? ''} />;
  }
}
