import { App, Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { RemindersDto } from '../../../../electron/shared/reporting';
import { errorDetail, errorMessage, reportingApi } from '../../api';
import { copyText } from '../../components/copy-text';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsOf } from '../../stores/as-of-store';
import { shortStamp } from './format';
import { PeriodChooser } from './PeriodChooser';
import { useReporting } from './reporting-store';

/**
 * 催报: who still owes the period's report, with the sentence to paste into a message. Copying a
 * text records the reminder, so the log shows who was chased and when without a second click.
 */
export function RemindersView({ planId }: { planId: string }) {
  const asOf = useAsOf((s) => s.asOf);
  const { version, openEntry } = useReporting();
  const [day, setDay] = useState(asOf);
  const [data, setData] = useState<RemindersDto | null>(null);
  const [error, setError] = useState<{ message: string; detail: string | null } | null>(null);
  const { message } = App.useApp();
  useEffect(() => setDay(asOf), [asOf]);
  const load = useCallback(() => {
    reportingApi.reminders({ planId, period: day, asOf }).then(
      (r) => { setData(r); setError(null); },
      (e: unknown) => { setData(null); setError({ message: errorMessage(e), detail: errorDetail(e) }); },
    );
  }, [planId, day, asOf]);
  useEffect(load, [load, version]);

  const copyAndLog = async (text: string, reporterIds: number[]) => {
    try {
      await copyText(text);
      setData(await reportingApi.logReminders({ planId, period: day, reporterIds }));
      void message.success(reporterIds.length > 1 ? `已复制 ${reporterIds.length} 条催报文本，并记入催报记录` : '已复制，并记入催报记录');
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <PeriodChooser value={day} period={data?.period ?? null} onChange={setDay} />
        {data && data.items.length > 0 && (
          <Button type="primary" onClick={() => void copyAndLog(data.allText, data.items.map((i) => i.reporterId))}>
            复制全部催报文本（{data.items.length} 个单位）
          </Button>
        )}
      </Space>
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={load} />}
      {data && (
        <List
          className="reminder-list"
          bordered
          dataSource={data.items}
          locale={{ emptyText: <Empty description={data.period.needsReport ? '本期各单位均已报送' : `本期不需报送（${data.period.reason ?? ''}）`} /> }}
          renderItem={(item) => (
            <List.Item
              actions={[
                <Button key="copy" size="small" onClick={() => void copyAndLog(item.text, [item.reporterId])}>复制</Button>,
                <Button key="enter" size="small" type="link" onClick={() => openEntry(item.reporterId, data.period.start)}>录入报送</Button>,
              ]}
            >
              <List.Item.Meta
                title={<Space>{item.name}{item.contact && <Typography.Text type="secondary">{item.contact}</Typography.Text>}</Space>}
                description={
                  <>
                    <Typography.Text className="reminder-text">{item.text}</Typography.Text>
                    {item.sent.length > 0 && (
                      <div style={{ marginTop: 4 }}>
                        {item.sent.map((s) => <Tag key={s.at}>{shortStamp(s.at)} {s.actor} 已催报</Tag>)}
                      </div>
                    )}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
