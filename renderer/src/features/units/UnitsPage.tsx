import { contactLine } from '../../../../electron/shared/assignments';
import { App, Button, Card, Drawer, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { UnitDto } from '../../../../electron/shared/dto';
import { errorDetail, errorMessage, unitsApi } from '../../api';
import { AsOfPicker } from '../../components/AsOfPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LightBadge } from '../../components/LightBadge';
import { loadUnits, unitMatches } from '../../components/UnitPicker';
import { useAsOf } from '../../stores/as-of-store';
import { useNav } from '../../stores/nav-store';
import { showTaskInLedger, useLedger } from '../ledger/ledger-store';
import { deadlineLabel } from '../plans/format';
import { useAction } from '../../components/use-action';

const kindLabels: Record<UnitDto['kind'], string> = { department: '部门', hospital: '医院', office: '医改办', government: '政府', other: '其他' };

/** 单位: every unit with the names plans write for it; rename, merge, and what each one owes. */
export function UnitsPage() {
  const [units, setUnits] = useState<UnitDto[]>([]);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<{ message: string; detail: string | null } | null>(null);
  const [renaming, setRenaming] = useState<UnitDto | null>(null);
  const [merging, setMerging] = useState<UnitDto | null>(null);
  const [viewing, setViewing] = useState<UnitDto | null>(null);
  const asOf = useAsOf((s) => s.asOf);
  const load = useLedger((s) => s.load);
  const refresh = useCallback(() => {
    loadUnits(true).then(
      (u) => { setUnits(u); setError(null); },
      (e: unknown) => setError({ message: errorMessage(e), detail: errorDetail(e) }),
    );
  }, []);
  useEffect(refresh, [refresh]);
  useEffect(() => void load(asOf), [load, asOf]);
  const changed = () => { refresh(); void load(asOf); };
  const [scope, setScope] = useState<string | null>(null);
  const scopes = useMemo(() => [...new Set(units.map((u) => u.scope))], [units]);
  const shown = useMemo(() => units.filter((u) => (!scope || u.scope === scope) && unitMatches(u, query)), [units, query, scope]);
  return (
    <Card title="单位" styles={{ body: { padding: '12px 16px' } }} extra={
        <Space>
          <Select aria-label="范围" allowClear placeholder="全部区县" style={{ width: 120 }} value={scope ?? undefined} onChange={(v?: string) => setScope(v ?? null)} options={scopes.map((s) => ({ value: s, label: s }))} />
          <Input.Search allowClear aria-label="查找单位" placeholder="名称、别名或拼音首字母（如 qczj）" style={{ width: 260 }} onChange={(e) => setQuery(e.target.value)} />
        </Space>
      }
    >
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={refresh} />}
      <Table<UnitDto>
        rowKey="id"
        size="small"
        sticky
        dataSource={shown}
        pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => `共 ${n} 个单位` }}
        onRow={(u) => ({ 'data-unit-id': u.id }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '范围', dataIndex: 'scope', width: 80 },
          { title: '名称', dataIndex: 'name', render: (n: string, u) => <a onClick={() => setViewing(u)}>{n}</a> },
          { title: '类别', dataIndex: 'kind', width: 70, render: (k: UnitDto['kind']) => kindLabels[k] },
          { title: '方案中的其他写法', dataIndex: 'aliases', render: (a: string[]) => a.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: '任务', dataIndex: 'taskCount', width: 60, align: 'right' },
          {
            title: '操作',
            key: 'actions',
            width: 150,
            render: (_, u) => (
              <Space size={4}>
                <Button size="small" onClick={() => setRenaming(u)}>改名</Button>
                <Button size="small" onClick={() => setMerging(u)}>合并</Button>
              </Space>
            ),
          },
        ]}
      />
      {renaming && <RenameDialog unit={renaming} onClose={() => setRenaming(null)} onDone={() => { setRenaming(null); changed(); }} />}
      {merging && <MergeDialog unit={merging} units={units} onClose={() => setMerging(null)} onDone={() => { setMerging(null); changed(); }} />}
      <UnitTasks unit={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}

function RenameDialog({ unit, onClose, onDone }: { unit: UnitDto; onClose: () => void; onDone: () => void }) {
  const [name, setName] = useState(unit.name);
  const { busy: saving, run } = useAction();
  const save = async () => {
    const u = await run(() => unitsApi.rename(unit.id, name), (u) => `已改名为“${u.name}”，原名保留为别名`);
    if (u === undefined) return;
    onDone();
  };
  return (
    <Modal open title={`单位改名：${unit.name}`} okText="改名" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">原名称保留为别名，按原名称书写的方案仍能找到此单位。</Typography.Paragraph>
      <Input aria-label="新名称" value={name} onChange={(e) => setName(e.target.value)} onPressEnter={() => void save()} />
    </Modal>
  );
}

function MergeDialog({ unit, units, onClose, onDone }: { unit: UnitDto; units: UnitDto[]; onClose: () => void; onDone: () => void }) {
  const [keepId, setKeepId] = useState<number | null>(null);
  const { busy: saving, run } = useAction();
  const { modal } = App.useApp();
  const candidates = units.filter((u) => u.scope === unit.scope && u.id !== unit.id);
  const keep = candidates.find((u) => u.id === keepId);
  const save = () => {
    if (!keep) return;
    modal.confirm({
      title: '确认合并？',
      content: `“${unit.name}”的全部任务、工作组和名单将并入“${keep.name}”，“${unit.name}”成为其别名。此操作不能撤销。`,
      okText: '合并',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        const done = await run(() => unitsApi.merge(keep.id, unit.id), () => `已将“${unit.name}”并入“${keep.name}”`);
        if (done === undefined) return;
        onDone();
      },
    });
  };
  return (
    <Modal open title={`合并单位：${unit.name}`} okText="合并…" cancelText="取消" okButtonProps={{ disabled: !keep }} confirmLoading={saving} onOk={save} onCancel={onClose}>
      <Typography.Paragraph>同一机构在方案中被写成了两个单位时，把“{unit.name}”并入：</Typography.Paragraph>
      <Select
        aria-label="并入的单位"
        style={{ width: '100%' }}
        showSearch={{ filterOption: (input, o) => !!o && unitMatches(candidates.find((u) => u.id === o.value)!, input) }}
        placeholder="输入名称或拼音首字母"
        value={keepId ?? undefined}
        onChange={setKeepId}
        options={candidates.map((u) => ({ value: u.id, label: u.name }))}
      />
    </Modal>
  );
}

/** "What does 区财政局 owe?": everything the unit leads or joins, across plans, with lights. */
function UnitTasks({ unit, onClose }: { unit: UnitDto | null; onClose: () => void }) {
  const rows = useLedger((s) => s.result?.rows);
  const go = useNav((s) => s.go);
  const tasks = useMemo(
    () => (unit ? (rows ?? []).filter((r) => !r.isHeading && (r.leadUnits.some((u) => u.id === unit.id) || r.cooperatingUnits.some((u) => u.id === unit.id))) : []),
    [rows, unit],
  );
  return (
    <Drawer open={!!unit} width={720} title={unit ? `${unit.name}：牵头或参与的任务（${tasks.length} 项）` : ''} onClose={onClose} extra={<AsOfPicker />}>
      <Typography.Paragraph data-testid="unit-contacts">
        联系人：{unit?.contacts.length ? unit.contacts.map(contactLine).join('；') : <Typography.Text type="secondary">未登记（在“交办督办 → 联系人”中填写）</Typography.Text>}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={tasks}
        onRow={(r) => ({ onClick: () => showTaskInLedger(r.id, go), style: { cursor: 'pointer' } })}
        columns={[
          { title: '灯', key: 'light', width: 100, render: (_, r) => <LightBadge light={r.light} reason={r.lightReason} /> },
          { title: '角色', key: 'role', width: 56, render: (_, r) => (unit && r.leadUnits.some((u) => u.id === unit.id) ? '牵头' : '配合') },
          { title: '任务', key: 'title', render: (_, r) => `${r.code} ${r.title}` },
          { title: '完成时限', key: 'deadline', width: 150, render: (_, r) => deadlineLabel(r.deadline) },
          { title: '方案', dataIndex: 'planTitle', width: 160, ellipsis: true },
        ]}
      />
    </Drawer>
  );
}
