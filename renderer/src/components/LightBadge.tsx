import { Tag, Tooltip } from 'antd';
import type { FollowUpLevel } from '../../../electron/shared/followup';
import { lightLabels, type Light } from '../../../electron/shared/ledger';
import { FollowUpTag } from './FollowUpTag';

const colors: Record<Light, string> = { red: '#f5222d', yellow: '#faad14', green: '#52c41a', done: 'default', paused: 'default' };

/**
 * A status light: a coloured dot and its word (colour is never the only sign); done and paused are
 * words alone. A red light given its 督办 level shows it beside (提醒, 督办, 通报).
 */
export function LightBadge({ light, reason, followUp, daysLate }: { light: Light | null; reason?: string; followUp?: FollowUpLevel | null; daysLate?: number | null }) {
  if (!light) return null;
  if (followUp) {
    return <span className="nowrap"><LightBadge light={light} reason={reason} /><FollowUpTag level={followUp} daysLate={daysLate ?? null} /></span>;
  }
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
