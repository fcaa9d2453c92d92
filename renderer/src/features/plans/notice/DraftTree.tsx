// The draft's parts and tasks in text order: keep or leave out each one, see its units by role
// (a name not in the registry in red) and its deadline, and what the reading doubts.
import { Checkbox, Tag, Tooltip } from 'antd';
import { flattenDraft, roleLabels, type DraftTask } from '../../../../../electron/shared/notice';
import { useNotice } from './notice-store';

const roleColor = { lead: 'blue', responsible: 'cyan', cooperating: 'default' } as const;

export function DraftTree({ tasks }: { tasks: DraftTask[] }) {
  const selected = useNotice((s) => s.selected);
  const select = useNotice((s) => s.select);
  const updateTask = useNotice((s) => s.updateTask);
  const rows = flattenDraft(tasks);
  return (
    <div role="list" aria-label="草稿任务">
      {rows.map(({ task, depth }) => (
        <div
          key={task.key}
          role="listitem"
          data-task-key={task.key}
          tabIndex={0}
          aria-selected={selected === task.key}
          onClick={() => select(task.key)}
          onKeyDown={(e) => e.key === 'Enter' && select(task.key)}
          style={{
            padding: '4px 8px', paddingLeft: 8 + depth * 18, cursor: 'pointer', borderBottom: '1px solid #f0f0f0',
            background: selected === task.key ? '#e6f4ff' : undefined, opacity: task.include ? 1 : 0.45,
          }}
        >
          <Checkbox
            checked={task.include}
            onClick={(e) => e.stopPropagation()}
            onChange={(e) => updateTask(task.key, { include: e.target.checked })}
            aria-label={`保存“${task.title}”`}
          />{' '}
          <span style={{ color: '#8c8c8c' }}>{task.code}</span> {task.children.length ? <strong>{task.title}</strong> : task.title}
          {task.deadlineText && <Tag style={{ marginLeft: 6 }}>{task.deadlineText}</Tag>}
          {task.doubts.length > 0 && (
            <Tooltip title={task.doubts.join('；')}>
              <Tag color="orange" style={{ marginLeft: 6 }}>待核对</Tag>
            </Tooltip>
          )}
          {task.units.length > 0 && (
            <div style={{ marginTop: 2 }}>
              {task.units.map((u, i) => (
                <Tag key={i} color={u.unitId === null ? 'red' : roleColor[u.role]} data-unit={u.unitName ?? u.name}>
                  {roleLabels[u.role]}：{u.unitName ?? u.name}
                </Tag>
              ))}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
