import { Alert, App, Button, Card, Col, Input, List, Modal, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ReportingTodayDto } from '../../../../electron/shared/reporting';
import { incidentCategoryLabels } from '../../../../electron/shared/reporting';
import { errorMessage, reportingApi } from '../../api';
import { copyText } from '../../components/copy-text';
import { useNav } from '../../stores/nav-store';
import { useIndicators } from '../indicators/indicators-store';
import { percent, stampText } from '../reporting/format';
import { useReporting } from '../reporting/reporting-store';

type TodayPlan = ReportingTodayDto['plans'][number];
const shownMissing = 8;

/** 工作台's reporting panels: today's reports with the 催报 text one click away, open 专报, indicators off target. */
export function ReportingPanels({ asOf }: { asOf: string }) {
  const [today, setToday] = useState<ReportingTodayDto | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Where the clipboard refuses, the text is shown selected for the clerk to copy by hand.
  const [manual, setManual] = useState<string | null>(null);
  const go = useNav((s) => s.go);
  const { message } = App.useApp();
  const load = useCallback(() => {
    reportingApi.today(asOf).then((t) => { setToday(t); setFailed(null); }, (e: unknown) => { setToday(null); setFailed(errorMessage(e)); });
  }, [asOf]);
  useEffect(load, [load]);
  if (failed) return <Alert type="error" showIcon message={`报送情况读取失败：${failed}`} action={<Button size="small" onClick={load}>重试</Button>} />;
  if (!today) return null;
  const openReporting = (planId: string | null, tab: 'matrix' | 'reminders' | 'incidents') => {
    if (planId) void useReporting.getState().choosePlan(planId);
    useReporting.getState().setTab(tab);
    go('reporting');
  };
  const openTrend = (planId: string, indicatorId: number) => {
    useIndicators.getState().focus(planId, indicatorId);
    go('indicators');
  };
  const copy = async (p: TodayPlan) => {
    try {
      await copyText(p.reminderText);
    } catch {
      setManual(p.reminderText);
      return;
    }
    try {
      // A copied text counts as sent: the 催报 log is what the office shows when asked who was chased.
      await reportingApi.logReminders({ planId: p.planId, period: p.period!.start, reporterIds: p.missing.map((m) => m.reporterId) });
      void message.success(`已复制 ${p.missing.length} 条催报文本，并记入催报记录`);
    } catch (e) {
      void message.warning(`已复制，但催报记录未保存：${errorMessage(e)}`);
    }
  };
  const planBlock = (p: TodayPlan) => {
    if (!p.period || !p.tally) return <Typography.Text type="secondary">今日不在报送阶段内</Typography.Text>;
    if (!p.period.needsReport) return <Typography.Text type="secondary">{p.period.label}：不需报送（{p.period.reason}）</Typography.Text>;
    const names = p.missing.map((m) => m.name);
    return (
      <>
        <div data-testid={`today-${p.planId}`}>
          {p.period.label}：应报 {p.tally.expected}，已报 {p.tally.received}，未报 {p.missing.length}（报送率 {percent(p.tally.rate)}）
        </div>
        {names.length > 0 && (
          <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }} data-testid={`missing-${p.planId}`}>
            未报：{names.slice(0, shownMissing).join('、')}{names.length > shownMissing ? ` 等 ${names.length} 家` : ''}
          </Typography.Paragraph>
        )}
        <Space wrap style={{ marginTop: 4 }}>
          {p.missing.length > 0 && (
            <Button size="small" type="primary" onClick={() => void copy(p)}>复制催报文本（{p.missing.length}）</Button>
          )}
          <Button size="small" onClick={() => openReporting(p.planId, 'matrix')}>查看报送情况</Button>
        </Space>
      </>
    );
  };
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={10}>
        <Card size="small" title="今日报送" className="dash-reporting">
          {today.plans.length === 0 && <Typography.Text type="secondary">没有规定信息报送制度的方案</Typography.Text>}
          {today.plans.map((p) => (
            <div key={p.planId} style={{ marginBottom: 8 }}>
              <Typography.Text strong ellipsis style={{ display: 'block' }}>{p.planTitle}</Typography.Text>
              {planBlock(p)}
            </div>
          ))}
        </Card>
      </Col>
      <Col xs={12} xl={7}>
        <ListCard title="未办结专报" className="dash-incidents" items={today.openIncidents} empty="没有未办结的专报" render={(i) => (
          <>
            <Button type="link" size="small" className="dash-link" onClick={() => openReporting(i.planId, 'incidents')}>{i.title}</Button>
            <Typography.Text type="secondary">{stampText(i.receivedAt)} · {incidentCategoryLabels[i.category]}{i.unitName ? ` · ${i.unitName}` : ''}</Typography.Text>
          </>
        )} />
      </Col>
      <Col xs={12} xl={7}>
        <ListCard title="未达标指标" className="dash-off-target" items={today.offTarget} empty="没有未达标的指标" render={(o) => (
          <>
            <span>
              <Button type="link" size="small" className="dash-link" onClick={() => openTrend(o.planId, o.indicatorId)}>{o.name}</Button>
              <Tag color="red" style={{ marginInlineStart: 6 }}>{o.value.toFixed(2)}</Tag>
            </span>
            <Typography.Text type="secondary">{o.where} · 目标：{o.target}</Typography.Text>
          </>
        )} />
      </Col>
      <Modal open={manual !== null} title="复制催报文本" footer={<Button onClick={() => setManual(null)}>关闭</Button>} onCancel={() => setManual(null)}>
        <Typography.Paragraph>剪贴板不可用。文字已全部选中，请按 Ctrl+C 复制。</Typography.Paragraph>
        <Input.TextArea aria-label="催报文本" readOnly autoSize={{ minRows: 4, maxRows: 12 }} value={manual ?? ''} autoFocus
          onFocus={(e) => e.currentTarget.select()} />
      </Modal>
    </Row>
  );
}

/** A 工作台 card listing the first eight of its items, two lines each, with the count in its title. */
function ListCard<T>({ title, className, items, empty, render }: {
  title: string; className: string; items: T[]; empty: string; render: (item: T) => ReactNode;
}) {
  return (
    <Card size="small" title={`${title}（${items.length}）`} className={className}>
      <List size="small" dataSource={items.slice(0, 8)} locale={{ emptyText: empty }} renderItem={(item) => (
        <List.Item>
          <Space direction="vertical" size={0} style={{ minWidth: 0 }}>{render(item)}</Space>
        </List.Item>
      )} />
    </Card>
  );
}
