import { Alert, Button, Space, Tooltip, Typography } from 'antd';
import type { PlanDetail } from '../../../../electron/shared/dto';
import { countsText } from './format';

/**
 * The plan's title on a line of its own (it may take two lines, never hides under the buttons),
 * then its facts, each kept whole, wrapping between facts only, and the actions.
 */
export function PlanHeader({ plan, showSource, onToggleSource, onBack }: {
  plan: PlanDetail['plan'];
  showSource: boolean;
  onToggleSource: () => void;
  onBack: () => void;
}) {
  const facts: [string, string | null][] = [
    ['文号', plan.docNumber],
    ['印发日期', plan.issuedOn],
    ['印发单位', plan.issuer],
  ];
  return (
    <div className="plan-header">
      <Typography.Title level={4} style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: plan.title }}>
        {plan.title}
      </Typography.Title>
      <div className="plan-facts">
        {facts.filter(([, v]) => v).map(([label, value]) => (
          <span key={label} className="fact">
            <Typography.Text type="secondary">{label}：</Typography.Text>
            {value}
          </span>
        ))}
        <span className="fact" data-testid="plan-counts">
          {countsText(plan.counts)}
        </span>
        <Space className="plan-actions">
          <Tooltip title={plan.hasSource ? '在右侧对照查看方案原文' : '此方案没有原文'}>
            <Button onClick={onToggleSource} type={showSource ? 'primary' : 'default'} disabled={!plan.hasSource}>
              {showSource ? '关闭原文' : '对照原文'}
            </Button>
          </Tooltip>
          <Button onClick={onBack} title="Esc">
            返回方案列表
          </Button>
        </Space>
      </div>
      {plan.caution && <Alert type="warning" showIcon message={plan.caution} />}
    </div>
  );
}
