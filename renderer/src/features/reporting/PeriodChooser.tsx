import { Button, DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import type { PeriodDto } from '../../../../electron/shared/reporting';
import { stampText } from './format';

const day = (iso: string, n: number) => dayjs(iso).add(n, 'day').format('YYYY-MM-DD');

/**
 * A period named by any day in it: the core finds the day, week or month that day falls in, so the
 * clerk never has to know whether the regime is daily or weekly on that date. ← and → step whole periods.
 */
export function PeriodChooser({ value, period, span, onChange }: {
  value: string;
  period: PeriodDto | null;
  /** the period's days when only they are known (no label line is shown then) */
  span?: { start: string; end: string } | null;
  onChange: (day: string) => void;
}) {
  const days = period ?? span ?? null;
  return (
    <Space size={4} wrap>
      <Button aria-label="上一期" onClick={() => onChange(days ? day(days.start, -1) : day(value, -1))}>←</Button>
      <DatePicker aria-label="报送期" allowClear={false} value={dayjs(value)} onChange={(d) => d && onChange(d.format('YYYY-MM-DD'))} style={{ width: 130 }} />
      <Button aria-label="下一期" onClick={() => onChange(days ? day(days.end, 1) : day(value, 1))}>→</Button>
      {period && (
        <Typography.Text strong data-testid="period-label">
          {period.label}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginLeft: 8 }}>
            {period.needsReport ? `报送时限 ${stampText(period.dueAt)}` : `不需报送（${period.reason ?? ''}）`}
          </Typography.Text>
        </Typography.Text>
      )}
    </Space>
  );
}
