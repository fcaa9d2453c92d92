import { Button, Card, DatePicker, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { DayOverrideDto, RegimeSetupDto } from '../../../../electron/shared/reporting';
import { reportingApi } from '../../api';
import { useAction } from '../../components/use-action';

/** Days the office sets by hand: a holiday the calendar does not know, or a duty day that needs a report after all. */
export function DaysCard({ setup, onChange }: { setup: RegimeSetupDto; onChange: (s: RegimeSetupDto) => void }) {
  const [day, setDay] = useState<Dayjs | null>(null);
  const [kind, setKind] = useState<'off' | 'on'>('off');
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();
  const set = async (d: string, k: 'off' | 'on' | null, why: string | null) => {
    const s = await run(() => reportingApi.setDay({ regimeId: setup.regimeId, day: d, kind: k, reason: why }), () => (k ? `已设置 ${d}` : `${d} 已恢复按日历计算`));
    if (s) {
      onChange(s);
      setDay(null);
      setReason('');
    }
  };
  return (
    <Card size="small" title="手动设置的日子" style={{ marginBottom: 12 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <DatePicker aria-label="日期" value={day} onChange={setDay} />
        <Select aria-label="是否报送" value={kind} onChange={setKind} style={{ width: 120 }} options={[{ value: 'off', label: '不需报送' }, { value: 'on', label: '需要报送' }]} />
        <Input aria-label="原因" placeholder="原因（可不填）" value={reason} onChange={(e) => setReason(e.target.value)} style={{ width: 180 }} />
        <Button loading={busy} disabled={!day} onClick={() => day && void set(day.format('YYYY-MM-DD'), kind, reason.trim() || null)}>添加</Button>
      </Space>
      <Table<DayOverrideDto> size="small" rowKey="day" pagination={false} dataSource={setup.overrides} locale={{ emptyText: '没有手动设置的日子' }} columns={[
        { title: '日期', dataIndex: 'day', width: 110 },
        { title: '设置', dataIndex: 'kind', width: 100, render: (k: 'off' | 'on') => <Tag color={k === 'off' ? 'default' : 'blue'}>{k === 'off' ? '不需报送' : '需要报送'}</Tag> },
        { title: '原因', dataIndex: 'reason' },
        {
          title: '', key: 'x', width: 90, render: (_, o) => (
            <Popconfirm title={`取消 ${o.day} 的手动设置？`} okText="取消设置" cancelText="保留" onConfirm={() => void set(o.day, null, null)}>
              <Button size="small" type="link">取消设置</Button>
            </Popconfirm>
          ),
        },
      ]} />
    </Card>
  );
}
