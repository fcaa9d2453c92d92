import { Alert, Button, DatePicker, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import type { MatrixCell, MatrixDto, PeriodDto, ReporterDto, Tally } from '../../../../electron/shared/reporting';
import { stateLabels } from '../../../../electron/shared/reporting';
import { errorDetail, errorMessage, reportingApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useAsOf } from '../../stores/as-of-store';
import { percent, periodHeading, shortStamp, stampText, stateMarks, tallyLine } from './format';
import { useReporting } from './reporting-store';

type Row = { reporter: ReporterDto; cells: MatrixCell[]; tally: Tally };

const shift = (iso: string, n: number) => dayjs(iso).add(n, 'day').format('YYYY-MM-DD');

/** 报送情况: reporters × periods, each cell on time, late, missing, not yet due or not due; rates per period and per reporter. */
export function MatrixView({ planId }: { planId: string }) {
  const asOf = useAsOf((s) => s.asOf);
  const { range, setRange, openEntry, version } = useReporting();
  const [from, to] = range ?? [shift(asOf, -13), asOf];
  const [matrix, setMatrix] = useState<MatrixDto | null>(null);
  const [error, setError] = useState<{ message: string; detail: string | null } | null>(null);
  const load = useCallback(() => {
    reportingApi.matrix({ planId, from, to, asOf }).then(
      (m) => { setMatrix(m); setError(null); },
      (e: unknown) => setError({ message: errorMessage(e), detail: errorDetail(e) }),
    );
  }, [planId, from, to, asOf]);
  useEffect(load, [load, version]);

  const rows: Row[] = matrix ? matrix.reporters.map((reporter, i) => ({ reporter, cells: matrix.cells[i] ?? [], tally: matrix.byReporter[i]! })) : [];
  const periodColumn = (p: PeriodDto, j: number): ColumnsType<Row>[number] => ({
    key: p.code,
    width: 52,
    align: 'center',
    onHeaderCell: () => ({ style: p.needsReport ? {} : { color: '#bfbfbf' } }),
    title: (
      <Tooltip title={`${p.label}，${p.needsReport ? `报送时限 ${stampText(p.dueAt)}` : `不需报送（${p.reason ?? ''}）`}`}>
        <span>{periodHeading(p)}</span>
      </Tooltip>
    ),
    render: (_: unknown, row: Row) => {
      const cell = row.cells[j];
      if (!cell || cell.state === 'notDue') return <span aria-label="不需报送" style={{ color: '#d9d9d9' }}>·</span>;
      const { mark, color } = stateMarks[cell.state];
      const tip = `${row.reporter.name} ${p.label}：${stateLabels[cell.state]}${cell.receivedAt ? `（${shortStamp(cell.receivedAt)} 收到）` : ''}${cell.reminders ? `，已催报 ${cell.reminders} 次` : ''}`;
      return (
        <Tooltip title={tip}>
          <button type="button" className="matrix-cell" data-state={cell.state} aria-label={tip} style={{ color }} onClick={() => openEntry(row.reporter.id, p.start)}>
            {mark}
            {cell.reminders > 0 && cell.state !== 'onTime' && cell.state !== 'late' ? <sup>催</sup> : null}
          </button>
        </Tooltip>
      );
    },
  });
  const columns: ColumnsType<Row> = [
    {
      title: '报送单位', key: 'name', fixed: 'left', width: 200, ellipsis: true,
      render: (_, r) => <span title={r.reporter.name}>{r.reporter.name}</span>,
    },
    ...(matrix?.periods.map(periodColumn) ?? []),
    { title: '实报/应报', key: 'received', fixed: 'right', width: 86, align: 'right', render: (_, r) => `${r.tally.received}/${r.tally.expected}` },
    { title: '及时率', key: 'onTimeRate', fixed: 'right', width: 70, align: 'right', render: (_, r) => percent(r.tally.onTimeRate) },
  ];

  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <DatePicker.RangePicker
          aria-label="统计区间"
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0].format('YYYY-MM-DD'), v[1].format('YYYY-MM-DD')])}
        />
        <Button onClick={() => setRange(null)}>最近两周</Button>
        <Button onClick={() => setRange([dayjs(asOf).startOf('month').format('YYYY-MM-DD'), dayjs(asOf).endOf('month').format('YYYY-MM-DD')])}>本月</Button>
        <Typography.Text type="secondary">点击格子录入或查看该单位该期的报送</Typography.Text>
      </Space>
      {error && <ErrorNotice message={error.message} detail={error.detail} onRetry={load} />}
      {matrix?.notice && <Alert type="warning" showIcon message={matrix.notice} style={{ marginBottom: 8 }} />}
      {matrix && (
        <Typography.Paragraph data-testid="matrix-total" style={{ marginBottom: 8 }}>
          {matrix.periods.length === 0 ? '所选区间不在报送制度的任何阶段内。' : tallyLine(matrix.total)}
        </Typography.Paragraph>
      )}
      <Table<Row>
        className="matrix-table"
        rowKey={(r) => r.reporter.id}
        size="small"
        bordered
        pagination={false}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 'max-content', y: 'calc(100vh - 360px)' }}
        summary={() =>
          matrix && matrix.periods.length > 0 ? (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>报送率 / 及时率</Table.Summary.Cell>
                {matrix.byPeriod.map((t, j) => (
                  <Table.Summary.Cell key={matrix.periods[j]!.code} index={j + 1} align="center">
                    <Tooltip title={tallyLine(t)}>
                      <span className="matrix-rate">{t.expected ? `${Math.round((t.rate ?? 0) * 100)}` : '—'}<br />{t.expected ? `${Math.round((t.onTimeRate ?? 0) * 100)}` : ''}</span>
                    </Tooltip>
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={matrix.periods.length + 1} align="right">{percent(matrix.total.rate)}</Table.Summary.Cell>
                <Table.Summary.Cell index={matrix.periods.length + 2} align="right">{percent(matrix.total.onTimeRate)}</Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {"✓ 按时 · 迟 迟报 · ✗ 未报 · ○ 未到时限 · · 不需报送 · "}<sup>催</sup>{" 已催报；合计行为报送率和及时率（%）"}
      </Typography.Text>
    </div>
  );
}
