import { Button, Form, Input, Modal, Select, Space } from 'antd';
import type { GroupDto, RosterEntryDto } from '../../../../electron/shared/dto';
import { unitsApi } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { useAction } from '../../components/use-action';

export const rosterRoles = { leader: '组长', deputyLeader: '副组长', member: '成员' } as const;

type Entry = { role: RosterEntryDto['role']; person: string; post?: string | null; phone?: string | null; unitId?: number | null };

/** The group's roster, edited as a whole and saved in one step (组长, 副组长, members). */
export function RosterEditor({ group, scope, onClose, onSaved }: { group: GroupDto; scope: string; onClose: () => void; onSaved: (g: GroupDto) => void }) {
  const [form] = Form.useForm<{ entries: Entry[] }>();
  const { busy: saving, run } = useAction();
  const initial = group.roster.map((r) => ({ role: r.role, person: r.person ?? '', post: r.post, phone: r.phone, unitId: r.unitId }));
  const save = async ({ entries }: { entries: Entry[] }) => {
    const saved = await run(() => unitsApi.updateRoster({ groupId: group.id, entries: entries ?? [] }), () => '名单已保存');
    if (saved === undefined) return;
    onSaved(saved);
  };
  return (
    <Modal open width={860} title={`编辑名单：${group.name}`} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}>
      <Form form={form} initialValues={{ entries: initial }} onFinish={(v) => void save(v)}>
        <Form.List name="entries">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }} data-testid={`roster-row-${i}`}>
                  <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: '请选择' }]}>
                    <Select aria-label="职务" style={{ width: 90 }} options={Object.entries(rosterRoles).map(([value, label]) => ({ value, label }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'person']} rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                    <Input aria-label="姓名" placeholder="姓名" style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'post']}>
                    <Input aria-label="职务职称" placeholder="职务" style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'phone']}>
                    <Input aria-label="电话" placeholder="电话" style={{ width: 130 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'unitId']} style={{ width: 180 }}>
                    <UnitPicker multiple={false} scope={scope} placeholder="单位" ariaLabel="所在单位" />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)}>删除</Button>
                </Space>
              ))}
              <Button onClick={() => add({ role: 'member', person: '' })}>添加一人</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
