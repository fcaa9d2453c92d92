// 备份与恢复: the backups with what each holds, a backup now, a restore (the current data is
// backed up first), the whole database out to one file and in from one, and where backups go.
import { App, Alert, Button, Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { backupKindNames, type BackupDto, type BackupsDto } from '../../../../electron/shared/backups';
import { backupsApi, errorMessage } from '../../api';
import { WholeNumberItem } from '../../components/WholeNumberItem';

const size = (bytes: number) => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const when = (stamp: string | null) => (stamp ? stamp.replace('T', ' ').slice(0, 16) : '—');
/** The audit log's time is UTC; the clerk reads the office's wall clock. */
const localTime = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }).replace(/\//g, '-').slice(0, 16) : '—');

type Configure = { folder: string; keepDaily: number; keepBeforeOps: number };

export function BackupCard() {
  const { message, modal } = App.useApp();
  const [data, setData] = useState<BackupsDto | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [form] = Form.useForm<Configure>();
  const load = useCallback(() => {
    backupsApi.list().then(
      (d) => {
        setData(d);
        form.setFieldsValue({ folder: d.folder, keepDaily: d.keepDaily, keepBeforeOps: d.keepBeforeOps });
      },
      (e: unknown) => void message.error(errorMessage(e)),
    );
  }, [form, message]);
  useEffect(load, [load]);

  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    try {
      await work();
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const backupNow = () => run('backup', async () => {
    const made = await backupsApi.create();
    void message.success(`已备份：${made.name}`);
    load();
  });
  // After a restore every screen's data is stale: the page starts again from the restored data.
  const restored = (text: string) => {
    modal.success({ title: text, content: '当前数据已先行备份（恢复前）。程序将重新载入。', okText: '确定', onOk: () => window.location.reload() });
  };
  const restore = (b: BackupDto) => {
    modal.confirm({
      title: `用 ${when(b.madeAt)} 的备份恢复？`,
      content: `现有数据将被此备份替换（方案 ${b.plans ?? '?'} 个，报送 ${b.submissions ?? '?'} 份，进展 ${b.progressNotes ?? '?'} 条${b.lastChange ? `，最后改动于 ${localTime(b.lastChange)}` : ''}）。恢复前会先把现有数据备份一份，不会丢失。`,
      okText: '恢复', okButtonProps: { danger: true }, cancelText: '取消',
      onOk: () => run(b.name, async () => {
        await backupsApi.restore(b.name);
        restored('已恢复备份');
      }),
    });
  };
  const exportDb = () => run('export', async () => {
    const r = await backupsApi.exportDb();
    if (r.saved) void message.success(`数据文件已导出到 ${r.saved}`);
  });
  const importDb = () => {
    modal.confirm({
      title: '从其他电脑导入数据文件？',
      content: '所选的医改台账数据文件将替换本机的全部数据。导入前会先把本机数据备份一份。',
      okText: '选择文件并导入', cancelText: '取消',
      onOk: () => run('import', async () => {
        const r = await backupsApi.importDb();
        if (r) restored('已导入数据文件');
      }),
    });
  };
  const choose = () => run('choose', async () => {
    const folder = await backupsApi.chooseFolder();
    if (folder) form.setFieldValue('folder', folder);
  });
  // A refused folder is said beside the folder itself, where the clerk will correct it.
  const save = async (v: Configure) => {
    setBusy('save');
    try {
      const next = await backupsApi.configure({ folder: v.folder.trim() === data?.defaultFolder ? null : v.folder.trim(), keepDaily: v.keepDaily, keepBeforeOps: v.keepBeforeOps });
      setData(next);
      void message.success('备份设置已保存');
    } catch (e) {
      form.setFields([{ name: 'folder', errors: [errorMessage(e)] }]);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="备份与恢复" id="backups" extra={<Space>
      <Button onClick={() => void backupNow()} loading={busy === 'backup'} type="primary">立即备份</Button>
      <Button onClick={() => void exportDb()} loading={busy === 'export'}>导出数据文件</Button>
      <Button onClick={importDb} loading={busy === 'import'}>导入数据文件</Button>
    </Space>}>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {data?.warning && <Alert type="warning" showIcon message={data.warning} />}
        <Typography.Text type="secondary">
          每天第一次打开程序时，以及每次导入、恢复和升级之前，程序会自动备份全部数据。
        </Typography.Text>
        <Table<BackupDto>
          size="small"
          rowKey="name"
          dataSource={data?.backups ?? []}
          loading={!data}
          pagination={{ pageSize: 8, hideOnSinglePage: true }}
          locale={{ emptyText: '还没有备份' }}
          columns={[
            { title: '备份时间', dataIndex: 'madeAt', width: 140, render: (v: string) => when(v) },
            { title: '类型', dataIndex: 'kind', width: 70, render: (k: BackupDto['kind']) => <Tag>{backupKindNames[k]}</Tag> },
            { title: '大小', dataIndex: 'bytes', width: 80, render: size },
            {
              title: '内容', key: 'holds', render: (_: unknown, b) => (b.problem
                ? <Typography.Text type="danger">{b.problem}</Typography.Text>
                : `方案 ${b.plans} 个 · 报送 ${b.submissions} 份 · 进展 ${b.progressNotes} 条`),
            },
            { title: '最后改动', dataIndex: 'lastChange', width: 140, render: localTime },
            {
              title: '', key: 'restore', width: 70,
              render: (_: unknown, b) => <Button size="small" disabled={!!b.problem} loading={busy === b.name} onClick={() => restore(b)}>恢复</Button>,
            },
          ]}
        />
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Form.Item label="备份文件夹（可放在另一块磁盘或 U 盘上，不能是网络共享）" required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="folder" noStyle rules={[{ required: true, whitespace: true, message: '请填写备份文件夹' }]}>
                <Input aria-label="备份文件夹" />
              </Form.Item>
              <Button onClick={() => void choose()} loading={busy === 'choose'}>选择…</Button>
            </Space.Compact>
          </Form.Item>
          <Space size={24} wrap>
            <WholeNumberItem name="keepDaily" label="每日备份保留份数" ariaLabel="每日备份保留份数" min={1} max={365} unit="份" />
            <WholeNumberItem name="keepBeforeOps" label="操作前备份保留份数" ariaLabel="操作前备份保留份数" min={1} max={365} unit="份" />
          </Space>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button htmlType="submit" loading={busy === 'save'}>保存备份设置</Button>
          </Form.Item>
        </Form>
      </Space>
    </Card>
  );
}
