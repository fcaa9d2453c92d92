// 联系人: every unit and working group with its contact persons; edit one, or read a filled-in
// 联系人 sheet (the one the roster export writes) back for a plan.
import { Alert, Button, Input, Segmented, Select, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { contactLine, type ContactOwnerDto, type ContactsImportDto } from '../../../../electron/shared/assignments';
import type { PlanSummary } from '../../../../electron/shared/dto';
import { assignmentsApi, errorMessage } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';
import { ContactsEditor } from './ContactsEditor';

export function ContactsPanel({ plans }: { plans: PlanSummary[] }) {
  const [owners, setOwners] = useState<ContactOwnerDto[]>([]);
  const [kind, setKind] = useState<'group' | 'unit'>('group');
  const [planId, setPlanId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<ContactOwnerDto | null>(null);
  const [imported, setImported] = useState<ContactsImportDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useJob();
  const load = useCallback(() => void assignmentsApi.contacts().then(setOwners, (e: unknown) => setError(errorMessage(e))), []);
  useEffect(load, [load]);
  const withGroups = plans.filter((p) => p.counts.duties > 0);
  const plan = planId ?? withGroups[0]?.id ?? null;
  const shown = useMemo(() => owners.filter((o) => o.kind === kind && (kind === 'unit' || o.planId === plan) && (!query.trim() || o.name.includes(query.trim()))), [owners, kind, plan, query]);
  const importSheet = async () => {
    if (!plan) return;
    setError(null);
    try {
      const r = await job.start((jobId) => assignmentsApi.importContacts({ planId: plan, pick: 'files', jobId }));
      if (r) setImported(r);
      load();
    } catch (e) { setError(errorMessage(e)); }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented aria-label="联系人类别" value={kind} onChange={(v) => setKind(v as 'group' | 'unit')} options={[{ value: 'group', label: '工作组' }, { value: 'unit', label: '单位' }]} />
        {kind === 'group' && <Select aria-label="联系人方案" style={{ width: 300 }} value={plan ?? undefined} onChange={setPlanId} options={withGroups.map((p) => ({ value: p.id, label: p.title }))} />}
        <Input.Search aria-label="查找单位或工作组" placeholder="查找名称" allowClear style={{ width: 200 }} value={query} onChange={(e) => setQuery(e.target.value)} />
        <Button loading={job.running} disabled={!plan} onClick={() => void importSheet()}>导入联系人表…</Button>
      </Space>
      <Typography.Text type="secondary">联系人表可在“报表导出 → 工作组组建方案”中导出（第二张表“联系人”），填好后在此导入；表中列出的单位和工作组，联系人按表替换。</Typography.Text>
      <JobProgress job={job} label="导入联系人" />
      {error && <Alert type="error" showIcon role="alert" message={error} />}
      {imported && (imported.problems.length
        ? <Alert type="error" showIcon closable message={`“${imported.fileName}”未导入`} description={imported.problems.map((p, i) => <div key={i}>{p.cell ? `${p.cell}：` : ''}{p.message}</div>)} />
        : <Alert type="success" showIcon closable message={`已导入 ${imported.owners} 个单位或工作组的 ${imported.contacts} 位联系人`} />)}
      <Table<ContactOwnerDto> size="small" rowKey={(o) => `${o.kind}:${o.id}`} dataSource={shown} pagination={{ pageSize: 20, showSizeChanger: false }} aria-label="联系人" columns={[
        { title: kind === 'group' ? '工作组' : '单位', dataIndex: 'name', width: 220 },
        { title: '联系人', render: (_, o) => o.contacts.length ? o.contacts.map((c) => <div key={c.name}>{contactLine(c)}</div>) : <Typography.Text type="secondary">未登记</Typography.Text> },
        { title: '', width: 90, render: (_, o) => <Button size="small" onClick={() => setEditing(o)}>编辑</Button> },
      ]} />
      <ContactsEditor owner={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); load(); }} />
    </Space>
  );
}
