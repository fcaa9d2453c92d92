import { Card, Col, List, Row, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import type { Light, LedgerRow } from '../../../../electron/shared/ledger';
import { AsOfPicker } from '../../components/AsOfPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LightBadge } from '../../components/LightBadge';
import { useAsOf } from '../../stores/as-of-store';
import { useNav } from '../../stores/nav-store';
import { showTaskInLedger, useLedger } from '../ledger/ledger-store';
import { ReportingPanels } from './ReportingPanels';

type Tally = { key: string; name: string } & Record<Light, number>;

/** Counts by light under one heading (plan, unit, group), worst first. */
function tally(rows: LedgerRow[], keysOf: (r: LedgerRow) => { key: string; name: string }[]): Tally[] {
  const map = new Map<string, Tally>();
  for (const r of rows) {
    if (!r.light) continue;
    for (const k of keysOf(r)) {
      const t = map.get(k.key) ?? { ...k, red: 0, yellow: 0, green: 0, done: 0, paused: 0 };
      t[r.light] += 1;
      map.set(k.key, t);
    }
  }
  return [...map.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.name.localeCompare(b.name, 'zh-CN'));
}

const tallyColumns = (title: string) => [
  { title, dataIndex: 'name', ellipsis: true },
  { title: '逾期', dataIndex: 'red', width: 56, align: 'right' as const },
  { title: '临期/滞后', dataIndex: 'yellow', width: 84, align: 'right' as const },
  { title: '正常', dataIndex: 'green', width: 56, align: 'right' as const },
  { title: '已完成', dataIndex: 'done', width: 64, align: 'right' as const },
];

/** 工作台, the first screen: as of the chosen date, what is late, what is due, what has gone quiet. */
export function Dashboard() {
  const asOf = useAsOf((s) => s.asOf);
  const { result, error, load } = useLedger();
  const go = useNav((s) => s.go);
  useEffect(() => void load(asOf), [load, asOf]);
  const rows = useMemo(() => (result?.rows ?? []).filter((r) => !r.isHeading), [result]);
  const count = (l: Light) => rows.filter((r) => r.light === l).length;
  const overdue = rows.filter((r) => r.light === 'red').sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
  const dueSoon = rows.filter((r) => r.light === 'yellow' && r.daysLeft !== null && r.daysLeft >= 0).sort((a, b) => a.daysLeft! - b.daysLeft!);
  const quiet = rows.filter((r) => r.light === 'yellow' && (r.daysLeft === null || r.daysLeft < 0));
  const open = (id: number) => showTaskInLedger(id, go);
  const list = (title: string, items: LedgerRow[], testId: string) => (
    <Card size="small" title={`${title}（${items.length}）`} data-testid={testId}>
      <List
        size="small"
        dataSource={items.slice(0, 50)}
        locale={{ emptyText: '无' }}
        style={{ maxHeight: 320, overflow: 'auto' }}
        renderItem={(r) => (
          <List.Item style={{ cursor: 'pointer' }} onClick={() => open(r.id)} data-task-id={r.id}>
            <Space direction="vertical" size={0} style={{ width: '100%' }}>
              <Space size={6}>
                <LightBadge light={r.light} />
                <Typography.Text type="secondary">{r.lightReason}</Typography.Text>
              </Space>
              <a>{r.code} {r.title}</a>
              <Typography.Text type="secondary" ellipsis>{r.leadUnits.map((u) => u.name).join('、') || r.groups.map((g) => g.name).join('、')} · {r.planTitle}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card title="工作台" extra={<AsOfPicker />} styles={{ body: { padding: '12px 16px' } }}>
        {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={() => void load(asOf)} />}
        <Row gutter={16}>
          <Col span={5}><Statistic title="逾期" value={count('red')} suffix="项" valueStyle={{ color: '#cf1322' }} /></Col>
          <Col span={5}><Statistic title="临期或滞后" value={count('yellow')} suffix="项" valueStyle={{ color: '#d48806' }} /></Col>
          <Col span={5}><Statistic title="正常" value={count('green')} suffix="项" valueStyle={{ color: '#389e0d' }} /></Col>
          <Col span={5}><Statistic title="已完成" value={count('done')} suffix="项" /></Col>
          <Col span={4}><Statistic title="暂缓" value={count('paused')} suffix="项" /></Col>
        </Row>
      </Card>
      <ReportingPanels asOf={asOf} />
      <Row gutter={12}>
        <Col span={8}>{list('逾期任务', overdue, 'dash-overdue')}</Col>
        <Col span={8}>{list(`${result?.settings.dueSoonDays ?? 7} 天内到期`, dueSoon, 'dash-due')}</Col>
        <Col span={8}>{list('近期无进展', quiet, 'dash-quiet')}</Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Card size="small" title="按方案"><Table size="small" rowKey="key" pagination={false} dataSource={tally(rows, (r) => [{ key: r.planId, name: r.planTitle }])} columns={tallyColumns('方案')} /></Card>
        </Col>
        <Col span={8}>
          <Card size="small" title="按牵头单位"><Table size="small" rowKey="key" pagination={{ pageSize: 10, size: 'small' }} dataSource={tally(rows, (r) => r.leadUnits.map((u) => ({ key: String(u.id), name: u.name })))} columns={tallyColumns('单位')} /></Card>
        </Col>
        <Col span={8}>
          <Card size="small" title="按工作组"><Table size="small" rowKey="key" pagination={{ pageSize: 10, size: 'small' }} dataSource={tally(rows, (r) => r.groups.map((g) => ({ key: String(g.id), name: g.name })))} columns={tallyColumns('工作组')} /></Card>
        </Col>
      </Row>
    </Space>
  );
}
