import { App, Button, Card, Col, List, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ReportingTodayDto } from '../../../../electron/shared/reporting';
import { incidentCategoryLabels } from '../../../../electron/shared/reporting';
import { errorMessage, reportingApi } from '../../api';
import { copyText } from '../../components/copy-text';
import { useNav } from '../../stores/nav-store';
import { useReporting } from '../reporting/reporting-store';
import { percent } from '../reporting/format';

/** 工作台's reporting panels: today's reports with the 催报 text one click away, open 专报, indicators off target. */
export function ReportingPanels({ asOf }: { asOf: string }) {
  const [today, setToday] = useState<ReportingTodayDto | null>(null);
  const go = useNav((s) => s.go);
  const { message } = App.useApp();
  useEffect(() => void reportingApi.today(asOf).then(setToday, () => setToday(null)), [asOf]);
  if (!today) return null;
  const openReporting = (planId: string, tab: 'matrix' | 'reminders' | 'incidents') => {
    void useReporting.getState().choosePlan(planId);
    useReporting.getState().setTab(tab);
    go('reporting');
  };
  const copy = async (planId: string, text: string, ids: number[], period: string) => {
    try {
      await copyText(text);
      await reportingApi.logReminders({ planId, period, reporterIds: ids });
      void message.success(`已复制 ${ids.length} 条催报文本，并记入催报记录`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };
  return (
    <Row gutter={12}>
      <Col span={10}>
        <Card size="small" title="今日报送" className="dash-reporting">
          {today.plans.length === 0 && <Typography.Text type="secondary">没有规定信息报送制度的方案</Typography.Text>}
          {today.plans.map((p) => (
            <div key={p.planId} style={{ marginBottom: 8 }}>
              <Typography.Text strong ellipsis style={{ display: 'block' }}>{p.planTitle}</Typography.Text>
              {!p.period || !p.tally ? <Typography.Text type="secondary">今日不在报送阶段内</Typography.Text>
                : !p.period.needsReport ? <Typography.Text type="secondary">{p.period.label}：不需报送（{p.period.reason}）</Typography.Text>
                : (
                  <>
                    <div data-testid={`today-${p.planId}`}>
                      {p.period.label}：应报 {p.tally.expected}，已报 {p.tally.received}，未报 {p.missing.length}（报送率 {percent(p.tally.rate)}）
                    </div>
                    <Space wrap style={{ marginTop: 4 }}>
                      {p.missing.length > 0 && (
                        <Button size="small" type="primary" onClick={() => void copy(p.planId, p.reminderText, p.missing.map((m) => m.reporterId), p.period!.start)}>
                          复制催报文本（{p.missing.length}）
                        </Button>
                      )}
                      <Button size="small" onClick={() => openReporting(p.planId, 'matrix')}>查看报送情况</Button>
                    </Space>
                  </>
                )}
            </div>
          ))}
        </Card>
      </Col>
      <Col span={7}>
        <Card size="small" title={`未办结专报（${today.openIncidents.length}）`} className="dash-incidents">
          <List size="small" dataSource={today.openIncidents.slice(0, 8)} locale={{ emptyText: '没有未办结的专报' }} renderItem={(i) => (
            <List.Item style={{ cursor: 'pointer' }} onClick={() => i.planId && openReporting(i.planId, 'incidents')}>
              <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
                <a>{i.title}</a>
                <Typography.Text type="secondary">{i.receivedAt.slice(0, 16).replace('T', ' ')} · {incidentCategoryLabels[i.category]}{i.unitName ? ` · ${i.unitName}` : ''}</Typography.Text>
              </Space>
            </List.Item>
          )} />
        </Card>
      </Col>
      <Col span={7}>
        <Card size="small" title={`未达标指标（${today.offTarget.length}）`} className="dash-off-target">
          <List size="small" dataSource={today.offTarget.slice(0, 8)} locale={{ emptyText: '没有未达标的指标' }} renderItem={(o) => (
            <List.Item style={{ cursor: 'pointer' }} onClick={() => go('indicators')}>
              <Space direction="vertical" size={0} style={{ minWidth: 0 }}>
                <span>{o.name} <Tag color="red">{o.value.toFixed(2)}</Tag></span>
                <Typography.Text type="secondary" ellipsis>{o.where} · 目标：{o.target}</Typography.Text>
              </Space>
            </List.Item>
          )} />
        </Card>
      </Col>
    </Row>
  );
}
