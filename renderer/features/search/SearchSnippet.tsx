import type { ReactNode } from 'react';
import type { Snippet } from '../../../app/search';

/** A snippet with its hits in `<mark>`, and an ellipsis where it was cut. */
export function SearchSnippet({ snippet, id }: { readonly snippet: Snippet; readonly id: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mark of snippet.marks) {
    if (mark.start > at) parts.push(snippet.text.slice(at, mark.start));
    parts.push(<mark key={mark.start}>{snippet.text.slice(mark.start, mark.end)}</mark>);
    at = mark.end;
  }
  parts.push(snippet.text.slice(at));
  return (
    <p id={id} className="search-snippet">
      {snippet.cutBefore && '… '}
      {parts}
      {snippet.cutAfter && ' …'}
    </p>
  );
}
