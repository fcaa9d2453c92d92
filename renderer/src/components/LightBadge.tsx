import { Tag, Tooltip } from 'antd';
import { lightLabels, type Light } from '../../../electron/shared/ledger';

const colors: Record<Light, string> = { red: '#f5222d', yellow: '#faad14', green: '#52c41a', done: 'default', paused: 'default' };

/** A status light: a coloured dot and its word (colour is never the only sign); done and paused are words alone. */
export function LightBadge({ light, reason }: { light: Light | null; reason?: string }) {
  if (!light) return null;
  const label = lightLabels[light];
  const body =
    light === 'done' || light === 'paused' ? (
      <Tag style={{ marginInlineEnd: 0 }}>{label}</Tag>
    ) : (
      <span className="nowrap" data-light={light}>
        <span className="light-dot" style={{ background: colors[light] }} />
        {label}
      </span>
    );
  return reason ? <Tooltip title={reason}>{body}</Tooltip> : body;
}
