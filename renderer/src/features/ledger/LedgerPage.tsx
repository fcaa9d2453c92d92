import { Button, Card, Space } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { filterLedger } from '../../../../electron/shared/ledger';
import { AsOfPicker } from '../../components/AsOfPicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsOf } from '../../stores/as-of-store';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { LedgerTable } from './LedgerTable';
import { useLedger } from './ledger-store';
import { LightRules } from './LightRules';
import { NewPlanButton } from './NewPlanButton';
import { TaskDrawer } from './TaskDrawer';
import { TaskEditor } from './TaskEditor';

/** 任务台账: every plan's tasks in one table, filtered, with lights as of the chosen date. */
export function LedgerPage() {
  const asOf = useAsOf((s) => s.asOf);
  const s = useLedger();
  const { load } = s;
  const reload = useCallback(() => void load(asOf), [load, asOf]);
  useEffect(reload, [reload]);
  const [adding, setAdding] = useState(false);
  const rows = useMemo(() => s.result?.rows ?? [], [s.result]);
  const shown = useMemo(() => filterLedger(rows, s.filters), [rows, s.filters]);
  const workCount = useMemo(() => shown.filter((r) => !r.isHeading).length, [shown]);
  const open = rows.find((r) => r.id === s.openTaskId) ?? null;
  const planForNew = s.filters.planId ?? rows.find((r) => r.id === s.cursorId)?.planId ?? null;
  return (
    <Card
      title="任务台账"
      styles={{ body: { padding: '12px 16px' } }}
      extra={
        <Space wrap>
          <AsOfPicker />
          {s.result && <LightRules settings={s.result.settings} />}
          <Button onClick={() => setAdding(true)} disabled={!planForNew} title={planForNew ? '' : '先在筛选中选定方案'}>新建任务</Button>
          <NewPlanButton onCreated={(planId) => { s.setFilters({ planId, partId: null }); reload(); }} />
        </Space>
      }
    >
      {s.error && <ErrorNotice message={s.error.message} detail={s.error.detail} onRetry={reload} />}
      <FilterBar rows={rows} filters={s.filters} shown={workCount} onChange={s.setFilters} onClear={s.clearFilters} />
      <BulkBar taskIds={s.checked} onDone={() => { s.setChecked([]); reload(); }} onClear={() => s.setChecked([])} />
      <LedgerTable
        rows={shown}
        cursorId={s.cursorId}
        checked={s.checked}
        collapsed={s.collapsed}
        onCursor={s.setCursor}
        onOpen={(id) => s.openTask(id)}
        onCheck={s.setChecked}
        onToggle={s.toggleCollapsed}
      />
      <TaskDrawer row={open} onClose={() => s.openTask(null)} onChanged={reload} />
      {adding && planForNew && (
        <TaskEditor
          create={{ planId: planForNew, parentId: s.filters.partId ?? null }}
          onClose={() => setAdding(false)}
          onSaved={(id) => { setAdding(false); s.setCursor(id); reload(); }}
        />
      )}
    </Card>
  );
}
