import { Button, DatePicker, Space, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { todayIso, useAsOf } from '../stores/as-of-store';

/** 查看日期: lights, counts and latest progress as they stood at the end of that day. */
export function AsOfPicker() {
  const { asOf, setAsOf } = useAsOf();
  const today = todayIso();
  return (
    <Space size={4}>
      <Tooltip title="灯色、统计和最新进展均按此日期计算；晚于此日期录入的进展不计入">
        <span>查看日期</span>
      </Tooltip>
      <DatePicker
        aria-label="查看日期"
        allowClear={false}
        value={dayjs(asOf)}
        onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
        style={{ width: 130 }}
      />
      {asOf !== today && (
        <Button size="small" onClick={() => setAsOf(today)}>
          回到今天
        </Button>
      )}
    </Space>
  );
}
