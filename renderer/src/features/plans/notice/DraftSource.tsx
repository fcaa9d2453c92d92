// The notice's text beside the draft: the part the chosen task was read from is highlighted (its
// title more strongly) and scrolled into view within this pane only, so the page keeps its place.
import { useEffect, useRef } from 'react';
import type { Span } from '../../../../../electron/shared/notice';

export function DraftSource({ text, span, titleSpan }: { text: string; span: Span | null; titleSpan: Span | null }) {
  const pane = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (pane.current && mark.current) pane.current.scrollTop = Math.max(0, mark.current.offsetTop - pane.current.clientHeight / 3);
  }, [span?.[0], span?.[1]]);
  let body: React.ReactNode = text;
  if (span) {
    const [s, e] = span;
    const [ts, te] = titleSpan && titleSpan[0] >= s && titleSpan[1] <= e ? titleSpan : [s, s];
    body = (
      <>
        {text.slice(0, s)}
        <mark ref={mark} data-testid="source-highlight" style={{ background: '#fff1b8', padding: 0 }}>
          {text.slice(s, ts)}
          <strong style={{ background: '#ffd666' }}>{text.slice(ts, te)}</strong>
          {text.slice(te, e)}
        </mark>
        {text.slice(e)}
      </>
    );
  }
  return (
    <div ref={pane} style={{ position: 'relative', height: 'calc(100vh - 360px)', minHeight: 320, overflow: 'auto', border: '1px solid #f0f0f0', padding: 8 }}>
      <pre aria-label="通知原文" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0, fontFamily: 'inherit', fontSize: 13, lineHeight: 1.7 }}>
        {body}
      </pre>
    </div>
  );
}
