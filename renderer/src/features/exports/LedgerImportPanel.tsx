// 导入已有台账: a ledger or division table the office kept by hand (任务分工表, 台账) read into a new
// plan or the chosen one. Three steps on one screen: pick the file, check which column is which
// (guessed from the header words), look at the preview, then import — all of it or nothing.
import { Alert, App, Button, Descriptions, Form, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PlanSummary } from '../../../../electron/shared/dto';
import { ledgerFieldLabels, ledgerFields, type LedgerItem, type LedgerPreviewDto, type Mapping } from '../../../../electron/shared/imports';
import { errorMessage, exportsApi } from '../../api';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../components/use-job';

const kindLabels: Record<LedgerItem['kind'], string> = { part: '部分', task: '任务', subtask: '子任务' };
const mappingOf = (p: LedgerPreviewDto): Mapping => Object.fromEntries(p.columns.filter((c) => c.field).map((c) => [c.field!, c.index]));

export function LedgerImportPanel({ plan }: { plan: PlanSummary | undefined }) {
  const { modal } = App.useApp();
  const job = useJob();
  const [preview, setPreview] = useState<LedgerPreviewDto | null>(null);
  const [into, setInto] = useState<'new' | 'current'>('new');
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState(plan?.scope ?? '');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const pick = async () => {
    setError(null);
    setDone(null);
    try {
      const p = await job.start((jobId) => exportsApi.ledgerPreview({ pick: 'files', jobId }));
      if (p) {
        setPreview(p);
        setTitle(p.fileName.replace(/\.(xlsx|xls|et)$/i, ''));
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const remap = async (column: number, field: string | null) => {
    if (!preview) return;
    const mapping = Object.fromEntries(Object.entries(mappingOf(preview)).filter(([f, i]) => i !== column && f !== field));
    if (field) mapping[field] = column;
    try {
      setPreview(await exportsApi.ledgerRemap({ previewId: preview.previewId, mapping }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const run = () => {
    if (!preview) return;
    const target = into === 'current' && plan ? { planId: plan.id } : { newPlan: { title: title.trim(), scope: scope.trim() } };
    modal.confirm({
      title: into === 'current' && plan ? `导入到“${plan.title}”？` : `新建方案“${title.trim()}”并导入？`,
      content: `将写入 ${preview.counts.parts + preview.counts.tasks + preview.counts.subtasks} 项、进展 ${preview.counts.progress} 条${preview.newUnits.length ? `，并新建单位 ${preview.newUnits.length} 个` : ''}。`,
      okText: '导入', cancelText: '取消',
      onOk: async () => {
        try {
          const r = await exportsApi.importLedger({ previewId: preview.previewId, mapping: mappingOf(preview), ...target });
          setDone(`已导入 ${r.tasks} 项、进展 ${r.progress} 条${r.newUnits.length ? `，新建单位：${r.newUnits.join('、')}` : ''}。可在“任务台账”中查看。`);
          setPreview(null);
        } catch (e) {
          setError(errorMessage(e));
        }
      },
    });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        把以前手工维护的台账或任务分工表（有“重点任务”“任务分工”“牵头单位”“完成时限”等列，合并单元格也可以）导入为方案的任务。
      </Typography.Paragraph>
      <Button type="primary" loading={job.running} onClick={() => void pick()}>选择台账文件…</Button>
      <JobProgress job={job} label="读取台账" />
      {error && <Alert type="error" showIcon role="alert" message={error} />}
      {done && <Alert type="success" showIcon data-testid="ledger-import-done" message={done} />}
      {preview && (
        <>
          <Descriptions size="small" column={3} bordered items={[
            { key: 'f', label: '文件', children: preview.fileName },
            { key: 's', label: '工作表', children: `${preview.sheetName}（表头在第 ${preview.headerRow} 行）` },
            { key: 'c', label: '读到', children: `部分 ${preview.counts.parts}，任务 ${preview.counts.tasks}，子任务 ${preview.counts.subtasks}，进展 ${preview.counts.progress} 条` },
          ]} />
          <Form layout="inline" aria-label="各列对应">
            {preview.columns.map((c) => (
              <Form.Item key={c.index} label={c.header || `第 ${c.index + 1} 列`} style={{ marginBottom: 8 }}>
                <Select aria-label={`${c.header}列作为`} style={{ width: 110 }} value={c.field ?? 'none'}
                  onChange={(v) => void remap(c.index, v === 'none' ? null : v)}
                  options={[{ value: 'none', label: '不导入' }, ...ledgerFields.map((f) => ({ value: f, label: ledgerFieldLabels[f] }))]} />
              </Form.Item>
            ))}
          </Form>
          {preview.newUnits.length > 0 && (
            <Alert type="warning" showIcon message={`单位名册中没有以下 ${preview.newUnits.length} 个单位，导入时将新建（如是别名，可先在“单位”中添加后再导入）：${preview.newUnits.join('、')}`} />
          )}
          {preview.problems.length > 0 && (
            <Alert type="warning" showIcon message="注意" description={preview.problems.map((p, i) => <div key={i}>{p.cell ? `${p.cell}：` : ''}{p.message}</div>)} />
          )}
          <Table<LedgerItem> size="small" rowKey="row" pagination={{ pageSize: 20, showSizeChanger: false }} dataSource={preview.items} aria-label="导入预览"
            columns={[
              { title: '行', dataIndex: 'row', width: 50 },
              { title: '类别', dataIndex: 'kind', width: 70, render: (k: LedgerItem['kind']) => <Tag>{kindLabels[k]}</Tag> },
              { title: '序号', dataIndex: 'code', width: 60 },
              { title: '名称', dataIndex: 'title', render: (t: string, r) => (r.kind === 'subtask' ? <span style={{ paddingLeft: 16 }}>{t}</span> : t) },
              { title: '牵头单位', dataIndex: 'lead', width: 140, render: (v: string[]) => v.join('、') },
              { title: '配合单位', dataIndex: 'cooperating', width: 160, render: (v: string[]) => v.join('、') },
              { title: '完成时限', dataIndex: 'deadline', width: 100 },
              { title: '进展', dataIndex: 'progress', width: 60, render: (v: LedgerItem['progress']) => (v.length ? `${v.length} 条` : '') },
            ]} />
          <Space wrap>
            <Radio.Group value={into} onChange={(e) => setInto(e.target.value as 'new' | 'current')}
              options={[{ value: 'new', label: '新建方案' }, { value: 'current', label: `导入到当前方案${plan ? `（${plan.title.slice(0, 16)}…）` : ''}`, disabled: !plan }]} />
            {into === 'new' && <Input aria-label="新方案名称" placeholder="新方案名称" value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: 320 }} />}
            {into === 'new' && <Input aria-label="适用范围" placeholder="适用范围，如 渝北区" value={scope} onChange={(e) => setScope(e.target.value)} style={{ width: 160 }} />}
            <Button type="primary" onClick={run} disabled={into === 'new' && (!title.trim() || !scope.trim())}>导入…</Button>
          </Space>
        </>
      )}
    </Space>
  );
}
