import { Button, Popover, Typography } from 'antd';
import { lightRulesText, type LightSettings } from '../../../../electron/shared/ledger';

/** 灯色规则, as the light engine applies them, with the office's own N and M days. */
export function LightRules({ settings }: { settings: LightSettings }) {
  return (
    <Popover
      title="红黄绿灯规则"
      trigger="click"
      content={
        <ul style={{ maxWidth: 460, paddingLeft: 18, margin: 0 }} data-testid="light-rules">
          {lightRulesText(settings).map((line) => (
            <li key={line}><Typography.Text>{line}</Typography.Text></li>
          ))}
        </ul>
      }
    >
      <Button size="small">灯色规则</Button>
    </Popover>
  );
}
