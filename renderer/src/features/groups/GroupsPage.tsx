import { contactLine } from '../../../../electron/shared/assignments';
import { Button, Card, Descriptions, Empty, Menu, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GroupDto } from '../../../../electron/shared/dto';
import type { LedgerRow } from '../../../../electron/shared/ledger';
import { errorDetail, errorMessage, plansApi } from '../../api';
import { AsOfPicker } from '../../components/AsOfPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LightBadge } from '../../components/LightBadge';
import { useAsOf } from '../../stores/as-of-store';
import { useNav } from '../../stores/nav-store';
import { showTaskInLedger, useLedger } from '../ledger/ledger-store';
import { deadlineLabel } from '../plans/format';
import { usePlans } from '../plans/plans-store';
import { RosterEditor, rosterRoles } from './RosterEditor';
import { SupervisionTable } from './SupervisionTable';

/** 工作组: a plan's groups with their units, duties, roster (editable), tasks with lights and 督导组. */
export function GroupsPage() {
  const { plans, loadPlans } = usePlans();
  const asOf = useAsOf((s) => s.asOf);
  const { result, load } = useLedger();
  const [planId, setPlanId] = useState<string | null>(null);
  const [groups, setGroups] = useState<GroupDto[]>([]);
  const [groupId, setGroupId] = useState<number | null>(null);
  const [error, setError] = useState<{ message: string; detail: string | null } | null>(null);
  const [editing, setEditing] = useState(false);
  useEffect(() => void loadPlans(), [loadPlans]);
  useEffect(() => void load(asOf), [load, asOf]);
  const withGroups = plans.filter((p) => p.counts.duties > 0 || p.id === planId);
  const current = planId ?? withGroups[0]?.id ?? null;
  const fetchGroups = useCallback(() => {
    if (!current) return;
    plansApi.groups(current).then(
      (g) => { setGroups(g); setError(null); },
      (e: unknown) => setError({ message: errorMessage(e), detail: errorDetail(e) }),
    );
  }, [current]);
  useEffect(fetchGroups, [fetchGroups]);
  const group = groups.find((g) => g.id === groupId) ?? groups[0] ?? null;
  const scope = plans.find((p) => p.id === current)?.scope ?? '';
  return (
    <Card
      title="工作组"
      styles={{ body: { padding: '12px 16px' } }}
      extra={
        <Space wrap>
          <Select aria-label="方案" style={{ width: 300 }} value={current ?? undefined} onChange={(v) => { setPlanId(v); setGroupId(null); }} options={plans.map((p) => ({ value: p.id, label: p.title }))} />
          <AsOfPicker />
        </Space>
      }
    >
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={fetchGroups} />}
      {groups.length === 0 ? (
        <Empty description="此方案没有工作组" />
      ) : (
        <div style={{ display: 'flex', gap: 12 }}>
          <Menu
            aria-label="工作组列表"
            style={{ width: 180, flex: 'none', borderInlineEnd: '1px solid #f0f0f0' }}
            selectedKeys={group ? [String(group.id)] : []}
            onClick={(e) => setGroupId(Number(e.key))}
            items={groups.map((g) => ({ key: String(g.id), label: g.name }))}
          />
          {group && (
            <GroupDetail group={group} rows={result?.rows ?? []} onEdit={() => setEditing(true)} />
          )}
        </div>
      )}
      {editing && group && (
        <RosterEditor group={group} scope={scope} onClose={() => setEditing(false)} onSaved={(g) => { setGroups(groups.map((x) => (x.id === g.id ? g : x))); setEditing(false); }} />
      )}
    </Card>
  );
}

function GroupDetail({ group: g, rows, onEdit }: { group: GroupDto; rows: LedgerRow[]; onEdit: () => void }) {
  const go = useNav((s) => s.go);
  const tasks = useMemo(() => rows.filter((r) => !r.isHeading && r.groups.some((x) => x.id === g.id)), [rows, g.id]);
  return (
    <div style={{ flex: 1, minWidth: 0 }} data-testid="group-detail">
      <Typography.Title level={5} style={{ marginTop: 0 }}>{g.code} {g.name}</Typography.Title>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="牵头部门">{g.leadUnits.map((u) => u.name).join('、') || g.leadUnitsText}</Descriptions.Item>
        <Descriptions.Item label="成员部门">{g.memberUnits.map((u) => u.name).join('、') || g.memberUnitsText}</Descriptions.Item>
        {g.duties && <Descriptions.Item label="工作职责">{g.duties}</Descriptions.Item>}
        <Descriptions.Item label="联系人">{g.contacts.length ? g.contacts.map(contactLine).join('；') : <Typography.Text type="secondary">未登记（在“交办督办 → 联系人”中填写）</Typography.Text>}</Descriptions.Item>
      </Descriptions>
      <Table
        style={{ marginTop: 12 }}
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        title={() => (
          <Space>
            <b>名单（{g.roster.length} 人）</b>
            <Button size="small" onClick={onEdit}>编辑名单</Button>
          </Space>
        )}
        dataSource={g.roster}
        locale={{ emptyText: g.rosterMembersText ? `组建方案成员：${g.rosterMembersText}` : '尚无名单' }}
        columns={[
          { title: '职务', dataIndex: 'role', width: 80, render: (r: keyof typeof rosterRoles) => rosterRoles[r] },
          { title: '姓名', dataIndex: 'person', width: 100 },
          { title: '职务职称', dataIndex: 'post' },
          { title: '电话', dataIndex: 'phone', width: 130 },
        ]}
      />
      <Table<LedgerRow>
        style={{ marginTop: 12 }}
        size="small"
        rowKey="id"
        pagination={false}
        title={() => <b>本组任务（职责与时序安排，{tasks.length} 项）</b>}
        dataSource={tasks}
        onRow={(r) => ({ onClick: () => showTaskInLedger(r.id, go), style: { cursor: 'pointer' } })}
        columns={[
          { title: '灯', key: 'light', width: 140, render: (_, r) => <LightBadge light={r.light} reason={r.lightReason} followUp={r.followUp} daysLate={r.daysLate} /> },
          { title: '任务', key: 'title', render: (_, r) => `${r.code} ${r.title}` },
          { title: '完成时限', key: 'deadline', width: 170, render: (_, r) => deadlineLabel(r.deadline) },
          { title: '最新进展', key: 'progress', width: 200, ellipsis: true, render: (_, r) => r.latestProgress ? `${r.latestProgress.enteredOn} ${r.latestProgress.body}` : '' },
        ]}
      />
      <SupervisionTable teams={g.supervisionTeams} />
    </div>
  );
}
