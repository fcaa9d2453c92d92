import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { LedgerRow } from '../../../../electron/shared/ledger';
import { LightBadge } from '../../components/LightBadge';
import { useElementWidth } from '../../components/use-element-width';
import { deadlineLabel, statusLabels } from '../plans/format';

const names = (refs: { name: string }[]) => refs.map((r) => r.name).join('、');

/**
 * The ledger as one virtual table (smooth at thousands of rows): headings as group rows that
 * fold, and for each task its units, groups, deadline, status, light and latest progress.
 * Arrow keys move the cursor, Enter opens the task.
 */
export function LedgerTable({ rows, cursorId, checked, collapsed, onCursor, onOpen, onCheck, onToggle }: {
  rows: LedgerRow[];
  cursorId: number | null;
  checked: number[];
  collapsed: ReadonlySet<number>;
  onCursor: (id: number) => void;
  onOpen: (id: number) => void;
  onCheck: (ids: number[]) => void;
  onToggle: (id: number) => void;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = useAvailableHeight(ref);
  const visible = useMemo(() => hideCollapsed(rows, collapsed), [rows, collapsed]);
  const columns = useMemo(() => ledgerColumns(width, collapsed, onToggle), [width, collapsed, onToggle]);
  const tableRef = useRef<{ scrollTo: (o: { index: number }) => void } | null>(null);
  const cursorIndex = visible.findIndex((r) => r.id === cursorId);
  useEffect(() => {
    if (cursorIndex >= 0) tableRef.current?.scrollTo({ index: cursorIndex });
  }, [cursorIndex]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return;
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      e.preventDefault();
      const next = visible[Math.min(visible.length - 1, Math.max(0, cursorIndex + step))];
      if (next) onCursor(next.id);
    } else if (e.key === 'Enter' && cursorId !== null) {
      e.preventDefault();
      onOpen(cursorId);
    }
  };
  // The last column (最新进展, when shown) takes what is left, at least 200 px.
  const fixedWidth = columns.reduce((n, c) => n + (typeof c.width === 'number' ? c.width : 0), 0) + 36;
  const totalWidth = columns.some((c) => c.width === undefined) ? fixedWidth + 200 : fixedWidth;
  return (
    <div ref={ref} tabIndex={0} onKeyDown={onKeyDown} aria-label="任务台账表格" className="ledger-table">
      <Table<LedgerRow>
        ref={tableRef as never}
        virtual
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={visible}
        columns={columns}
        scroll={{ x: Math.max(width - 2, totalWidth), y: height }}
        rowSelection={{
          selectedRowKeys: checked,
          onChange: (keys) => onCheck(keys as number[]),
          getCheckboxProps: (r) => ({ disabled: r.isHeading, 'aria-label': `选择 ${r.code}${r.title}` }),
          columnWidth: 36,
        }}
        rowClassName={(r) => [r.isHeading ? 'ledger-heading' : '', r.id === cursorId ? 'ledger-row-cursor' : ''].join(' ')}
        onRow={(r) => ({
          'data-task-id': r.id,
          onClick: () => onCursor(r.id),
          onDoubleClick: () => onOpen(r.id),
        }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: '没有符合条件的任务' }}
      />
    </div>
  );
}

function hideCollapsed(rows: LedgerRow[], collapsed: ReadonlySet<number>): LedgerRow[] {
  if (collapsed.size === 0) return rows;
  const hidden = new Set<number>();
  return rows.filter((r) => {
    if (r.parentId !== null && (collapsed.has(r.parentId) || hidden.has(r.parentId))) {
      hidden.add(r.id);
      return false;
    }
    return true;
  });
}

function useAvailableHeight(ref: React.RefObject<HTMLDivElement | null>): number {
  const [height, setHeight] = useState(400);
  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 200;
      setHeight(Math.max(240, window.innerHeight - top - 56));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref]);
  return height;
}

function ledgerColumns(width: number, collapsed: ReadonlySet<number>, onToggle: (id: number) => void): ColumnsType<LedgerRow> {
  // wide: every column; medium: cooperating units and groups under the title; narrow (the
  // 1024 px window): the latest progress under the title too, so nothing scrolls sideways.
  const wide = width === 0 || width >= 1300;
  const narrow = width > 0 && width < 1000;
  const fixed = 36 + (narrow ? 110 + 120 + 60 + 96 : 0);
  const cols: ColumnsType<LedgerRow> = [
    {
      title: '任务',
      key: 'title',
      width: narrow ? Math.max(280, width - fixed - 24) : wide ? 360 : 330,
      render: (_, r) => (
        <div style={{ paddingLeft: r.depth * 14 }}>
          {/* Long cells (yubei's division rows are whole paragraphs) stay two lines; the full text is in the drawer. */}
          <span className="clamp-2" title={r.title}>
            {r.isHeading && (
              <a onClick={(e) => { e.stopPropagation(); onToggle(r.id); }} aria-label={collapsed.has(r.id) ? '展开' : '折叠'}>
                {collapsed.has(r.id) ? '▸ ' : '▾ '}
              </a>
            )}
            <span className="nowrap">{r.code}</span> {r.title}
          </span>
          {!wide && !r.isHeading && (r.cooperatingUnits.length > 0 || r.groups.length > 0) && (
            <Typography.Text type="secondary" className="clamp-1" title={[names(r.cooperatingUnits), names(r.groups)].filter(Boolean).join('；')}>
              {[names(r.cooperatingUnits), names(r.groups)].filter(Boolean).join('；')}
            </Typography.Text>
          )}
          {narrow && r.latestProgress && (
            <Typography.Text type="secondary" className="clamp-1" title={r.latestProgress.body}>
              进展 {r.latestProgress.enteredOn}：{r.latestProgress.body}
            </Typography.Text>
          )}
        </div>
      ),
    },
    { title: '牵头单位', key: 'lead', width: narrow ? 110 : 130, render: (_, r) => names(r.leadUnits) },
  ];
  if (wide) {
    cols.push({ title: '配合单位', key: 'coop', width: 150, render: (_, r) => <Typography.Text ellipsis={{ tooltip: names(r.cooperatingUnits) }}>{names(r.cooperatingUnits)}</Typography.Text> });
    cols.push({ title: '责任组', key: 'groups', width: 120, render: (_, r) => <Typography.Text ellipsis={{ tooltip: names(r.groups) }}>{names(r.groups)}</Typography.Text> });
  }
  cols.push(
    {
      title: '完成时限',
      key: 'deadline',
      width: narrow ? 120 : 150,
      render: (_, r) => (r.isHeading && r.deadline.kind === 'none' ? '' : (
        <span>
          {deadlineLabel(r.deadline)}
          {r.dueInherited && r.due && <Typography.Text type="secondary">（随上级 {r.due}）</Typography.Text>}
        </span>
      )),
    },
    { title: '状态', key: 'status', width: narrow ? 60 : 64, render: (_, r) => (r.isHeading ? '' : statusLabels[r.status]) },
    { title: '灯', key: 'light', width: 118, render: (_, r) => <LightBadge light={r.light} reason={r.lightReason} followUp={r.followUp} daysLate={r.daysLate} /> },
  );
  if (narrow) return cols;
  cols.push(
    {
      title: '最新进展',
      key: 'progress',
      render: (_, r) =>
        r.latestProgress ? (
          <Typography.Text ellipsis={{ tooltip: r.latestProgress.body }}>
            <Typography.Text type="secondary">{r.latestProgress.enteredOn}</Typography.Text> {r.latestProgress.body}
          </Typography.Text>
        ) : null,
    },
  );
  return cols;
}
