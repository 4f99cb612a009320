import { useCallback, useState, type UIEvent } from 'react';

/** Rows drawn above and below the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN = 12;

/**
 * The rows of a long list worth drawing: the ones in its scroll box and a few around them. With
 * 100,000 sources the list draws some forty rows, not 100,000 (rows have a fixed height).
 */
export function useRowWindow(count: number, rowHeight: number, viewportHeight: number) {
  const [scrollTop, setScrollTop] = useState(0);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + OVERSCAN);
  return { first, last, totalHeight: count * rowHeight, onScroll };
}
