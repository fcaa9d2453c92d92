import { Alert, Button, Space } from 'antd';

/**
 * An error as the clerk sees it: a Chinese sentence and a way out (try again, go back). The
 * technical detail, when there is one, sits behind 详细信息 for whoever supports the office.
 */
export function ErrorNotice({ message, detail, onRetry, onBack, backLabel = '返回' }: {
  message: string;
  detail?: string | null;
  onRetry?: () => void;
  onBack?: () => void;
  backLabel?: string;
}) {
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      message={message}
      description={detail ? <details><summary>详细信息</summary><code>{detail}</code></details> : undefined}
      action={
        <Space direction="vertical" size={4}>
          {onRetry && <Button size="small" onClick={onRetry}>重试</Button>}
          {onBack && <Button size="small" onClick={onBack}>{backLabel}</Button>}
        </Space>
      }
    />
  );
}
