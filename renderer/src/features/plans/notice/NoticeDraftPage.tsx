// 方案管理 → 从通知新建: paste the text of a notice or open its file, read it into a draft, check
// it beside the source (choosing a task highlights where it was read from), correct what is
// wrong, and save it as a new plan, which the ledger then shows.
import { Alert, App as AntApp, Button, Card, Col, Form, Input, Popconfirm, Row, Space, Statistic, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { UnitDto } from '../../../../../electron/shared/dto';
import { annexKindLabels, flattenDraft } from '../../../../../electron/shared/notice';
import { errorMessage, noticesApi, unitsApi } from '../../../api';
import { useJob } from '../../../components/use-job';
import { useNav } from '../../../stores/nav-store';
import { useLedger } from '../../ledger/ledger-store';
import { usePlans } from '../plans-store';
import { DraftSource } from './DraftSource';
import { DraftTaskEditor } from './DraftTaskEditor';
import { DraftTree } from './DraftTree';
import { useNotice } from './notice-store';

export function NoticeDraftPage() {
  const { message } = AntApp.useApp();
  const s = useNotice();
  const go = useNav((n) => n.go);
  const setUnsaved = useNav((n) => n.setUnsaved);
  const loadPlans = usePlans((p) => p.loadPlans);
  const job = useJob();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [units, setUnits] = useState<UnitDto[]>([]);
  useEffect(() => {
    void unitsApi.list().then(setUnits, () => setUnits([]));
  }, []);
  useEffect(() => {
    setUnsaved(s.draft ? '通知草稿' : null);
    return () => setUnsaved(null);
  }, [s.draft, setUnsaved]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const open = () =>
    run(async () => {
      const file = await job.start((jobId) => noticesApi.open({ pick: 'files', jobId }));
      if (file) s.setText(file.text, file.fileName);
    });
  const save = () =>
    run(async () => {
      const saved = await noticesApi.save(s.toSave());
      message.success(`已保存为新方案，共 ${saved.tasks} 项${saved.newUnits.length ? `，新建单位 ${saved.newUnits.length} 个` : ''}`);
      s.leave();
      setUnsaved(null);
      void loadPlans();
      useLedger.setState({ filters: { planId: saved.planId }, collapsed: new Set() });
      go('ledger');
    });

  const d = s.draft;
  const all = d ? flattenDraft([...d.tasks, ...d.timeline]).map((x) => x.task) : [];
  const chosen = all.find((t) => t.key === s.selected) ?? null;
  const scoped = units.filter((u) => !s.header.scope || u.scope === s.header.scope);

  return (
    <Card
      title="从通知新建方案"
      extra={
        <Space>
          {d && <Button onClick={() => useNotice.setState({ draft: null, selected: null })}>重新粘贴</Button>}
          <Popconfirm title="放弃这份草稿？" okText="放弃" cancelText="继续核对" onConfirm={s.leave} disabled={!d}>
            <Button onClick={() => !d && s.leave()}>返回方案列表</Button>
          </Popconfirm>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} closable onClose={() => setError(null)} />}
      {!d ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <span>把通知全文粘贴到下面（从网页、PDF 或 Word 复制均可），或打开通知文件（.txt、.docx、有文字的 .pdf）。</span>
          <Input.TextArea
            aria-label="通知全文"
            value={s.text}
            onChange={(e) => s.setText(e.target.value)}
            autoSize={{ minRows: 14, maxRows: 24 }}
            placeholder="粘贴通知全文……"
          />
          <Space>
            <Button type="primary" disabled={!s.text.trim()} loading={busy && !job.running} onClick={() => run(s.read)}>识别为方案草稿</Button>
            <Button onClick={open} loading={job.running}>打开文件…</Button>
            {s.fileName && <span>已打开：{s.fileName}（{s.text.length.toLocaleString()} 字）</span>}
          </Space>
        </Space>
      ) : (
        <>
          <Form layout="inline" size="small" style={{ marginBottom: 12, rowGap: 8 }}>
            <Form.Item label="方案名称"><Input aria-label="方案名称" style={{ width: 420 }} value={s.header.title} onChange={(e) => s.setHeader({ title: e.target.value })} /></Form.Item>
            <Form.Item label="文号"><Input aria-label="文号" style={{ width: 200 }} value={s.header.docNumber} onChange={(e) => s.setHeader({ docNumber: e.target.value })} /></Form.Item>
            <Form.Item label="印发单位"><Input aria-label="印发单位" style={{ width: 220 }} value={s.header.issuer} onChange={(e) => s.setHeader({ issuer: e.target.value })} /></Form.Item>
            <Form.Item label="印发日期"><Input aria-label="印发日期" style={{ width: 110 }} value={s.header.issuedOn} placeholder="YYYY-MM-DD" onChange={(e) => s.setHeader({ issuedOn: e.target.value })} /></Form.Item>
            <Form.Item label="适用范围"><Input aria-label="适用范围" style={{ width: 90 }} value={s.header.scope} onChange={(e) => s.setHeader({ scope: e.target.value })} /></Form.Item>
          </Form>
          <Space size="large" style={{ marginBottom: 12 }} wrap>
            <Statistic title="任务" value={all.filter((t) => t.include && t.kind === 'task').length} />
            <Statistic title="有单位" value={d.counts.withUnits} />
            <Statistic title="待核对" value={all.filter((t) => t.doubts.length).length} valueStyle={{ color: '#d46b08' }} />
            <Statistic title="单位库中没有的名称" value={d.unknownUnits.length} valueStyle={{ color: d.unknownUnits.length ? '#cf1322' : undefined }} />
            {d.annexes.map((a, i) => (
              <Tag key={i} color="geekblue">附件{i + 1}：{annexKindLabels[a.kind]}{a.rows ? `（${a.rows} 行）` : ''}</Tag>
            ))}
            <Button type="primary" loading={busy} onClick={save} disabled={!s.header.title.trim() || !s.header.scope.trim()}>保存为方案</Button>
          </Space>
          <Row gutter={12}>
            <Col span={12}>
              <div style={{ height: 'calc(100vh - 360px)', minHeight: 320, overflow: 'auto', border: '1px solid #f0f0f0' }}>
                <DraftTree tasks={d.tasks} />
                {d.timeline.length > 0 && (
                  <>
                    <div style={{ padding: '6px 8px', background: '#fafafa', fontWeight: 600 }}>时序安排（{d.timeline.length} 项）</div>
                    <DraftTree tasks={d.timeline} />
                  </>
                )}
              </div>
            </Col>
            <Col span={12}>
              <DraftSource text={s.text} span={chosen?.span ?? null} titleSpan={chosen?.titleSpan ?? null} />
            </Col>
          </Row>
          {chosen ? (
            <Card size="small" title={`核对：${chosen.code} ${chosen.title}`} style={{ marginTop: 12 }}>
              {chosen.doubts.length > 0 && <Alert type="warning" showIcon message={chosen.doubts.join('；')} style={{ marginBottom: 8 }} />}
              <DraftTaskEditor task={chosen} units={scoped} />
            </Card>
          ) : (
            <div style={{ marginTop: 12, color: '#8c8c8c' }}>单击左侧的任务，右侧原文会定位并标出它的出处；在下方可修改名称、时限和单位。</div>
          )}
        </>
      )}
    </Card>
  );
}
