import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Fragment, useMemo, useState, type Key, type ReactNode } from 'react';
import type { TaskDto } from '../../../../electron/shared/dto';
import { useElementWidth } from '../../components/use-element-width';
import { buildTaskTree, deadlineLabel, statusLabels, unitNames, type TaskNode } from './format';

/**
 * The task tree of a plan (or its timeline) with units, deadline as written, and status.
 * It never scrolls sideways: the columns follow the width it has (the source pane may take
 * half the window), a column empty for the whole plan is left out, and the header stays on
 * top while the rows scroll.
 */
export function TaskTable({ tasks, timeline = false }: { tasks: TaskDto[]; timeline?: boolean }) {
  const tree = useMemo(() => buildTaskTree(tasks), [tasks]);
  const topKeys = useMemo(() => tree.map((t) => t.id), [tree]);
  const parentKeys = useMemo(() => {
    const parents = new Set(tasks.map((t) => t.parentId));
    return tasks.filter((t) => parents.has(t.id)).map((t) => t.id);
  }, [tasks]);
  const [expanded, setExpanded] = useState<readonly Key[]>(topKeys);
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const columns = useMemo(() => taskColumns(tasks, timeline, width), [tasks, timeline, width]);
  return (
    <div ref={ref}>
      {parentKeys.length > 0 && (
        <Space style={{ marginBottom: 8 }}>
          <Button size="small" onClick={() => setExpanded(parentKeys)}>
            全部展开
          </Button>
          <Button size="small" onClick={() => setExpanded([])}>
            全部折叠
          </Button>
        </Space>
      )}
      <Table<TaskNode>
        rowKey="id"
        size="small"
        className="task-table"
        dataSource={tree}
        pagination={false}
        sticky
        tableLayout="fixed"
        expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded, indentSize: 12 }}
        columns={columns}
      />
    </div>
  );
}

/** wide: a column each; medium: units in one column; narrow: units and deadline under the title. */
function taskColumns(tasks: TaskDto[], timeline: boolean, width: number): ColumnsType<TaskNode> {
  const has = (test: (t: TaskDto) => boolean) => tasks.some(test);
  const hasLead = !timeline && has((t) => unitNames(t, 'lead').length > 0);
  const hasOthers = !timeline && has((t) => unitNames(t, 'responsible').length + unitNames(t, 'cooperating').length > 0);
  const hasGroups = timeline && has((t) => t.groups.length > 0 || !!t.unitsText);
  const hasDeadline = has((t) => t.deadline.kind !== 'none' || !!t.deadline.text);
  // The task column keeps at least ~260 px in every layout.
  const layout = width === 0 || width >= 1000 ? 'wide' : width >= 680 ? 'medium' : 'narrow';
  const wide = layout === 'wide';

  const code = { title: '序号', dataIndex: 'code', width: wide ? 104 : 88, className: 'nowrap' };
  // A heading's status is its rows' business, so heading rows show none.
  const status = { title: '状态', dataIndex: 'status', width: 60, render: (s: TaskNode['status'], t: TaskNode) => (t.children ? '' : statusLabels[s]) };
  const deadline = { title: '完成时限', key: 'deadline', width: wide ? 170 : 112, render: (_: unknown, t: TaskNode) => (t.children && t.deadline.kind === 'none' ? '' : deadlineLabel(t.deadline)) };
  const lead = { title: '牵头单位', key: 'lead', width: 150, render: (_: unknown, t: TaskNode) => <UnitList names={unitNames(t, 'lead')} /> };
  const others = { title: '配合／责任单位', key: 'others', width: 170, render: (_: unknown, t: TaskNode) => <UnitList names={otherNames(t)} /> };
  const groups = { title: '责任组', key: 'groups', width: wide ? 180 : 150, render: (_: unknown, t: TaskNode) => <UnitList names={t.groups.map((g) => g.name)} asWritten={t.unitsText} /> };
  const units = { title: '责任单位', key: 'units', width: 150, render: (_: unknown, t: TaskNode) => <UnitLines task={t} /> };
  const title = {
    title: timeline ? '主要任务' : '任务',
    key: 'title',
    render: (_: unknown, t: TaskNode) => (
      <TaskCell task={t} details={layout === 'narrow' ? <NarrowDetails task={t} timeline={timeline} hasDeadline={hasDeadline} /> : null} />
    ),
  };

  const cols: ColumnsType<TaskNode> = [code, title];
  if (layout === 'wide') {
    if (timeline && hasGroups) cols.push(groups);
    if (hasLead) cols.push(lead);
    if (hasOthers) cols.push(others);
  } else if (layout === 'medium') {
    if (timeline && hasGroups) cols.push(groups);
    if (hasLead || hasOthers) cols.push(units);
  }
  if (hasDeadline && layout !== 'narrow') cols.push(deadline);
  cols.push(status);
  return cols;
}

const otherNames = (t: TaskDto) => [...unitNames(t, 'responsible'), ...unitNames(t, 'cooperating')];

function TaskCell({ task: t, details }: { task: TaskNode; details: ReactNode }) {
  return (
    <div>
      <Typography.Text strong={!!t.children}>{t.title}</Typography.Text>
      {t.caution && (
        <Tooltip title={t.caution}>
          <Tag color="orange" style={{ marginLeft: 6 }}>
            需核对
          </Tag>
        </Tooltip>
      )}
      {t.body && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true, symbol: '展开' }} style={{ margin: 0 }}>
          {t.body}
        </Typography.Paragraph>
      )}
      {details}
    </div>
  );
}

function UnitLines({ task }: { task: TaskDto }) {
  const lead = unitNames(task, 'lead');
  const others = otherNames(task);
  return (
    <div className="unit-lines">
      {lead.length > 0 && <div><Typography.Text type="secondary">牵头：</Typography.Text><UnitList names={lead} /></div>}
      {others.length > 0 && <div><Typography.Text type="secondary">配合：</Typography.Text><UnitList names={others} /></div>}
    </div>
  );
}

function NarrowDetails({ task, timeline, hasDeadline }: { task: TaskDto; timeline: boolean; hasDeadline: boolean }) {
  return (
    <div className="unit-lines">
      {timeline ? <div><Typography.Text type="secondary">责任组：</Typography.Text><UnitList names={task.groups.map((g) => g.name)} asWritten={task.unitsText} /></div> : <UnitLines task={task} />}
      {hasDeadline && task.deadline.kind !== 'none' && (
        <div><Typography.Text type="secondary">时限：</Typography.Text>{deadlineLabel(task.deadline)}</div>
      )}
    </div>
  );
}

/**
 * Long lists (各公立医院 → ten hospitals, 各相关工作组 → fifteen groups) stay short: the text as
 * written when there is one, else the first names and a count; the full list is in the tooltip.
 */
function UnitList({ names, asWritten }: { names: string[]; asWritten?: string | null }) {
  if (names.length === 0) return <>{asWritten}</>;
  if (names.length <= 4) return <NameRun names={names} />;
  return (
    <Tooltip title={names.join('、')}>
      <span>{asWritten || <NameRun names={names.slice(0, 2)} more={names.length} />}</span>
    </Tooltip>
  );
}

/** Names that break between names only, never inside one, and never with 、 starting a line. */
function NameRun({ names, more }: { names: string[]; more?: number }) {
  return (
    <>
      {names.map((name, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          <span className="nowrap">
            {name}
            {i < names.length - 1 ? '、' : ''}
          </span>
        </Fragment>
      ))}
      {more !== undefined && <span className="nowrap"> 等 {more} 个</span>}
    </>
  );
}
