import { App, Button, Card, Descriptions, Form, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { AppInfo, Settings } from '../../../../electron/shared/dto';
import { appApi, errorMessage, settingsApi } from '../../api';
import { useNav } from '../../stores/nav-store';
import { followUpLabels, followUpRulesText } from '../../../../electron/shared/followup';
import { lightRulesText } from '../../../../electron/shared/ledger';
import { BackupCard } from './BackupCard';
import { WholeNumberItem } from '../../components/WholeNumberItem';

/** 填报单位 (printed on every export) and the clerk's name (recorded in the audit log). */
export function SettingsPage() {
  const [form] = Form.useForm<Settings>();
  const [saving, setSaving] = useState(false);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [saved, setSaved] = useState<Settings | null>(null);
  const setUnsaved = useNav((s) => s.setUnsaved);
  const { message } = App.useApp();
  // The form is "unsaved" while it differs from what the database holds; leaving then asks first.
  const track = () => {
    const now = form.getFieldsValue();
    setUnsaved(saved && (now.officeName !== saved.officeName || (now.clerkName ?? '') !== saved.clerkName || now.dueSoonDays !== saved.dueSoonDays || now.staleDays !== saved.staleDays || JSON.stringify(now.followUpDays) !== JSON.stringify(saved.followUpDays)) ? '设置' : null);
  };
  useEffect(() => () => setUnsaved(null), [setUnsaved]);
  useEffect(() => {
    settingsApi.get().then(
      (s) => {
        form.setFieldsValue(s);
        setSaved(s);
      },
      (e: unknown) => void message.error(errorMessage(e)),
    );
    appApi.info().then(setInfo, (e: unknown) => void message.error(errorMessage(e)));
  }, [form, message]);
  const save = async (values: Settings) => {
    setSaving(true);
    try {
      const stored = await settingsApi.update(values);
      form.setFieldsValue(stored);
      setSaved(stored);
      setUnsaved(null);
      void message.success('设置已保存');
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ maxWidth: 900, width: '100%' }}>
      <Card title="设置">
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)} onValuesChange={track}>
          <Form.Item
            name="officeName"
            label="填报单位（各类导出表格中的“填报单位”）"
            rules={[{ required: true, whitespace: true, message: '请填写填报单位' }, { max: 60, message: '不超过 60 个字' }]}
          >
            <Input placeholder="例如：重庆市巴南区医改办" />
          </Form.Item>
          <Form.Item name="clerkName" label="经办人（记入操作日志）" rules={[{ max: 40, message: '不超过 40 个字' }]}>
            <Input placeholder="填写您的姓名" />
          </Form.Item>
          <Space size={24} wrap>
            <WholeNumberItem name="dueSoonDays" label="临期提醒天数（几天内到期亮黄灯）" ariaLabel="临期提醒天数" min={0} max={90} unit="天" />
            <WholeNumberItem name="staleDays" label="久未更新天数（全程或未定时限的任务几天无进展亮黄灯）" ariaLabel="久未更新天数" min={0} max={90} unit="天" />
          </Space>
          <Space size={24} wrap style={{ display: 'flex' }}>
            {(['remind', 'urge', 'notify'] as const).map((level) => (
              <WholeNumberItem key={level} name={['followUpDays', level]} label={`逾期几天起${followUpLabels[level]}`} ariaLabel={`${followUpLabels[level]}天数`} min={1} max={365} unit="天" />
            ))}
          </Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            保存
          </Button>
        </Form>
      </Card>
      {saved && (
        <Card title="帮助：红黄绿灯与督办规则" id="help-lights">
          <ul style={{ paddingLeft: 18, margin: 0 }} data-testid="help-light-rules">
            {[...lightRulesText(saved), ...followUpRulesText(saved.followUpDays)].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Card>
      )}
      <BackupCard />
      {info && (
        <Card title="关于本机数据">
          <Descriptions column={1} size="small">
            <Descriptions.Item label="程序版本">{info.version}</Descriptions.Item>
            <Descriptions.Item label="数据文件">{info.dbPath}</Descriptions.Item>
            <Descriptions.Item label="数据版本">{info.schemaVersion}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}
