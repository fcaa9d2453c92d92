import { Input, Typography } from 'antd';
import { Fragment, useMemo, useState } from 'react';

/** The plan's text as received, beside its tasks; a search shows only the matching lines, with each match marked. */
export function SourcePane({ text }: { text: string }) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const lines = useMemo(() => (q ? text.split('\n').filter((line) => line.includes(q)) : null), [text, q]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }} aria-label="方案原文">
      <Typography.Text strong style={{ marginBottom: 8 }}>
        原文（按收到的文本显示）
      </Typography.Text>
      <Input.Search allowClear placeholder="在原文中查找" onChange={(e) => setQuery(e.target.value)} style={{ marginBottom: 8 }} />
      {lines && (
        <Typography.Text type="secondary" style={{ marginBottom: 4 }} data-testid="source-matches">
          {lines.length ? `找到 ${lines.length} 行` : '没有匹配的行'}
        </Typography.Text>
      )}
      <div className="pane-scroll" style={{ background: '#fff', padding: 12, border: '1px solid #f0f0f0' }}>
        <pre className="source-text">{lines ? lines.map((line, i) => <MarkedLine key={i} line={line} query={q} />) : text}</pre>
      </div>
    </div>
  );
}

/** One line with every occurrence of the query wrapped in <mark>; the text stays text, never HTML. */
function MarkedLine({ line, query }: { line: string; query: string }) {
  const pieces = line.split(query);
  return (
    <div>
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          {piece}
          {i < pieces.length - 1 && <mark>{query}</mark>}
        </Fragment>
      ))}
    </div>
  );
}
