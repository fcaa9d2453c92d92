import { Button, Select, Space } from 'antd';
import { useState } from 'react';
import type { LedgerRow } from '../../../../electron/shared/ledger';
import { ledgerApi } from '../../api';
import { useLedger } from './ledger-store';
import { useAction } from '../../components/use-action';

const TOP = 0; // the select's value for "the plan's top level"

/** Moves a task (with its subtasks) under another heading of the same plan, or to the top level. */
export function MoveTask({ row, onMoved }: { row: LedgerRow; onMoved: () => void }) {
  const rows = useLedger((s) => s.result?.rows ?? []);
  const [parent, setParent] = useState<number | null>(null);
  const { busy: saving, run } = useAction();
  // Never under itself or its own rows: walk each candidate's parents.
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inside = (r: LedgerRow) => {
    for (let p: LedgerRow | undefined = r; p; p = p.parentId === null ? undefined : byId.get(p.parentId)) if (p.id === row.id) return true;
    return false;
  };
  const targets = rows.filter((r) => r.planId === row.planId && r.kind === row.kind && r.id !== row.parentId && !inside(r) && (r.isHeading || r.depth < 3));
  const move = async () => {
    if (parent === null) return;
    const done = await run(() => ledgerApi.moveTask({ taskId: row.id, parentId: parent === TOP ? null : parent }), () => '已移动');
    if (done === undefined) return;
    setParent(null);
    onMoved();
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        aria-label="移动到"
        placeholder="移动到（选择上级任务）"
        style={{ flex: 1 }}
        showSearch={{ optionFilterProp: 'label' }}
        value={parent ?? undefined}
        onChange={setParent}
        options={[
          ...(row.parentId !== null ? [{ value: TOP, label: '（方案的第一层）' }] : []),
          ...targets.map((r) => ({ value: r.id, label: `${'　'.repeat(r.depth)}${r.code} ${r.title.slice(0, 40)}` })),
        ]}
      />
      <Button onClick={() => void move()} loading={saving} disabled={parent === null}>移动</Button>
    </Space.Compact>
  );
}
