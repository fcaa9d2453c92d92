import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState, type Key } from 'react';
import type { TaskDto } from '../../../../electron/shared/dto';
import { buildTaskTree, deadlineLabel, statusLabels, unitNames, type TaskNode } from './format';

/** The task tree of a plan (or its timeline) with units, deadline as written, and status. */
export function TaskTable({ tasks, timeline = false }: { tasks: TaskDto[]; timeline?: boolean }) {
  const tree = useMemo(() => buildTaskTree(tasks), [tasks]);
  const topKeys = useMemo(() => tree.map((t) => t.id), [tree]);
  const parentKeys = useMemo(() => {
    const parents = new Set(tasks.map((t) => t.parentId));
    return tasks.filter((t) => parents.has(t.id)).map((t) => t.id);
  }, [tasks]);
  const [expanded, setExpanded] = useState<readonly Key[]>(topKeys);
  return (
    <>
      {parentKeys.length > 0 && (
        <Space style={{ marginBottom: 8 }}>
          <Button size="small" onClick={() => setExpanded(parentKeys)}>
            全部展开
          </Button>
          <Button size="small" onClick={() => setExpanded([])}>
            全部折叠
          </Button>
          <Typography.Text type="secondary">共 {tasks.length} 项</Typography.Text>
        </Space>
      )}
      <Table<TaskNode>
        rowKey="id"
        size="small"
        dataSource={tree}
        pagination={false}
        scroll={{ x: 1100 }}
        expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
        columns={[
          { title: '序号', dataIndex: 'code', width: 110, render: (code: string) => <span style={{ whiteSpace: 'nowrap' }}>{code}</span> },
          {
            title: timeline ? '主要任务' : '任务',
            dataIndex: 'title',
            render: (title: string, t) => (
              <div>
                <Typography.Text strong={!!t.children}>{title}</Typography.Text>
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
              </div>
            ),
          },
          timeline
            ? { title: '责任组', key: 'groups', width: 200, render: (_: unknown, t) => <UnitList names={t.groups.map((g) => g.name)} asWritten={t.unitsText} /> }
            : { title: '牵头单位', key: 'lead', width: 150, render: (_: unknown, t) => <UnitList names={unitNames(t, 'lead')} /> },
          ...(timeline
            ? []
            : [
                {
                  title: '配合／责任单位',
                  key: 'others',
                  width: 180,
                  render: (_: unknown, t: TaskNode) => <UnitList names={[...unitNames(t, 'responsible'), ...unitNames(t, 'cooperating')]} />,
                },
              ]),
          { title: '完成时限', key: 'deadline', width: 200, render: (_: unknown, t) => deadlineLabel(t.deadline) },
          { title: '状态', dataIndex: 'status', width: 70, render: (s: TaskNode['status']) => statusLabels[s] },
        ]}
      />
    </>
  );
}

/**
 * Long lists (各公立医院 → ten hospitals, 各相关工作组 → fifteen groups) stay one line: the text as
 * written when there is one, else the first names and a count; the full list is in the tooltip.
 */
function UnitList({ names, asWritten }: { names: string[]; asWritten?: string | null }) {
  if (names.length <= 4) return <>{names.join('、') || asWritten}</>;
  return (
    <Tooltip title={names.join('、')}>
      <span>{asWritten || `${names.slice(0, 2).join('、')} 等 ${names.length} 个`}</span>
    </Tooltip>
  );
}
