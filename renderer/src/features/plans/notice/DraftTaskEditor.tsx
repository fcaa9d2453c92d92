// The chosen task of the draft, editable: code, title, deadline as written, and each unit's role
// and the registry unit it stands for (or a new unit of that name).
import { Button, Form, Input, Select, Space } from 'antd';
import { roleLabels, type DraftTask, type DraftUnitRole } from '../../../../../electron/shared/notice';
import type { UnitDto } from '../../../../../electron/shared/dto';
import { useNotice } from './notice-store';

export function DraftTaskEditor({ task, units }: { task: DraftTask; units: UnitDto[] }) {
  const updateTask = useNotice((s) => s.updateTask);
  const updateUnit = useNotice((s) => s.updateUnit);
  const options = units.map((u) => ({ value: u.id, label: u.name, search: [u.name, ...u.aliases, ...u.initials].join(' ') }));
  return (
    <Form layout="vertical" size="small" aria-label="核对任务">
      <Space.Compact block>
        <Form.Item label="序号" style={{ width: 90 }}>
          <Input value={task.code} onChange={(e) => updateTask(task.key, { code: e.target.value })} />
        </Form.Item>
        <Form.Item label="任务名称" style={{ flex: 1 }}>
          <Input value={task.title} onChange={(e) => updateTask(task.key, { title: e.target.value })} />
        </Form.Item>
        <Form.Item label="完成时限" style={{ width: 140 }}>
          <Input value={task.deadlineText} onChange={(e) => updateTask(task.key, { deadlineText: e.target.value })} />
        </Form.Item>
      </Space.Compact>
      <Form.Item label={`单位（原文：${task.unitsText || '无'}）`}>
        {task.units.map((u, i) => (
          <Space key={i} style={{ display: 'flex', marginBottom: 4 }} data-unit-row={u.name}>
            <Select<DraftUnitRole>
              value={u.role}
              style={{ width: 84 }}
              aria-label="角色"
              options={Object.entries(roleLabels).map(([value, label]) => ({ value: value as DraftUnitRole, label }))}
              onChange={(role) => updateUnit(task.key, i, { ...u, role })}
            />
            <Select<number | string>
              showSearch
              value={u.unitId ?? `新建：${u.name}`}
              style={{ width: 260 }}
              aria-label="对应单位"
              status={u.unitId === null ? 'warning' : undefined}
              filterOption={(input, o) => String((o as { search?: string })?.search ?? o?.label ?? '').includes(input)}
              options={[...(u.unitId === null ? [{ value: `新建：${u.name}`, label: `新建：${u.name}`, search: u.name }] : []), ...options]}
              onChange={(v) => {
                const picked = units.find((x) => x.id === v);
                updateUnit(task.key, i, picked ? { ...u, unitId: picked.id, unitName: picked.name } : { ...u, unitId: null, unitName: null });
              }}
            />
            <span style={{ color: '#8c8c8c' }}>原文：{u.name}</span>
            <Button size="small" danger onClick={() => updateUnit(task.key, i, null)}>移除</Button>
          </Space>
        ))}
        <Button size="small" onClick={() => updateUnit(task.key, task.units.length, { name: '', role: 'lead', span: null, unitId: null, unitName: null })}>
          添加单位
        </Button>
      </Form.Item>
    </Form>
  );
}
