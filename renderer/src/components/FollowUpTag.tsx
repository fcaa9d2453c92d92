import { Tag, Tooltip } from 'antd';
import { followUpLabels, type FollowUpLevel } from '../../../electron/shared/followup';

const colors: Record<FollowUpLevel, string> = { remind: 'gold', urge: 'orange', notify: 'red' };

/** The 督办 level beside a red light: 提醒, 督办 or 通报, with the days late. */
export function FollowUpTag({ level, daysLate }: { level: FollowUpLevel | null; daysLate: number | null }) {
  if (!level) return null;
  return (
    <Tooltip title={`逾期 ${daysLate} 天`}>
      <Tag color={colors[level]} data-followup={level} style={{ marginInlineStart: 6 }}>{followUpLabels[level]}</Tag>
    </Tooltip>
  );
}
