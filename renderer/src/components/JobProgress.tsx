// The bar under a long operation: done of total, the file being worked on, and 取消 (stops
// before the next file; what was done stays done).
import { Button, Progress, Space, Typography } from 'antd';
import type { JobState } from './use-job';

export function JobProgress({ job, label, onCancel }: { job: JobState; label: string; onCancel?: () => void }) {
  if (!job.running) return null;
  const p = job.progress;
  const percent = p && p.total > 0 ? Math.round((p.done / p.total) * 100) : 0;
  return (
    <div role="status" aria-label={label}>
      <Progress percent={percent} status="active" aria-label={`${label}进度`} />
      <Space>
        <Typography.Text type="secondary">
          {p ? `${Math.min(p.done + (p.current ? 1 : 0), p.total)}/${p.total}${p.current ? `，正在处理：${p.current}` : ''}` : '正在准备…'}
        </Typography.Text>
        {onCancel && p && p.total > 1 && (
          <Button size="small" onClick={onCancel} disabled={job.cancelling}>{job.cancelling ? '正在取消…' : '取消'}</Button>
        )}
      </Space>
    </div>
  );
}
