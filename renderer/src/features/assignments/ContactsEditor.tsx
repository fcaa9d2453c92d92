// 联系人 of one unit or working group, edited as a whole: name, post, office phone, mobile.
import { Button, Col, Form, Input, Modal, Row } from 'antd';
import { useEffect } from 'react';
import type { ContactOwnerDto } from '../../../../electron/shared/assignments';
import { assignmentsApi } from '../../api';
import { useAction } from '../../components/use-action';

type Values = { contacts: { name: string; post?: string; officePhone?: string; mobile?: string }[] };

export function ContactsEditor({ owner, onClose, onSaved }: { owner: ContactOwnerDto | null; onClose: () => void; onSaved: (o: ContactOwnerDto) => void }) {
  const [form] = Form.useForm<Values>();
  const { busy, run } = useAction();
  useEffect(() => {
    if (owner) form.setFieldsValue({ contacts: owner.contacts.length ? owner.contacts.map((c) => ({ name: c.name, post: c.post ?? '', officePhone: c.officePhone ?? '', mobile: c.mobile ?? '' })) : [{ name: '' }] });
  }, [owner, form]);
  const save = async () => {
    const v = await form.validateFields();
    const contacts = v.contacts.filter((c) => c.name?.trim()).map((c) => ({ name: c.name, post: c.post || null, officePhone: c.officePhone || null, mobile: c.mobile || null }));
    const saved = await run(() => assignmentsApi.setContacts({ owner: { kind: owner!.kind, id: owner!.id }, contacts }), () => `${owner!.name}的联系人已保存`);
    if (saved) onSaved(saved);
  };
  return (
    <Modal open={owner !== null} title={`联系人：${owner?.name ?? ''}`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={busy} width={760}>
      <Form form={form}>
        <Form.List name="contacts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Row key={f.key} gutter={8}>
                  <Col span={5}><Form.Item name={[f.name, 'name']}><Input aria-label={`第${i + 1}位联系人姓名`} placeholder="姓名" maxLength={40} /></Form.Item></Col>
                  <Col span={7}><Form.Item name={[f.name, 'post']}><Input aria-label={`第${i + 1}位联系人职务`} placeholder="职务" maxLength={60} /></Form.Item></Col>
                  <Col span={5}><Form.Item name={[f.name, 'officePhone']}><Input aria-label={`第${i + 1}位联系人办公电话`} placeholder="办公电话" maxLength={40} /></Form.Item></Col>
                  <Col span={5}><Form.Item name={[f.name, 'mobile']}><Input aria-label={`第${i + 1}位联系人手机`} placeholder="手机" maxLength={40} /></Form.Item></Col>
                  <Col span={2}><Button type="text" danger aria-label={`删除第${i + 1}位联系人`} onClick={() => remove(f.name)}>删</Button></Col>
                </Row>
              ))}
              <Button onClick={() => add({ name: '' })}>添加联系人</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
