import { useCallback, useState, type UIEvent } from 'react';

/** Rows drawn above and below the visible ones, so fast scrolling does not show gaps. */
const OVERSCAN = 12;

/**
 * The rows of a long list worth drawing: the ones in its scroll box and a few around them. With
 * 100,000 sources the list draws some forty rows, not 100,000 (rows have a fixed height). `last`
 * is not capped by the list's length, which the caller may learn only with the rows.
 */
export function useRowWindow(rowHeight: number, viewportHeight: number) {
  const [scrollTop, setScrollTop] = useState(0);
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => setScrollTop(event.currentTarget.scrollTop), []);
  return { ...rowWindowAt(scrollTop, rowHeight, viewportHeight), onScroll };
}

/** The rows worth drawing (`first` to `last`, exclusive) when the list is scrolled to `scrollTop`. */
export function rowWindowAt(scrollTop: number, rowHeight: number, viewportHeight: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.ceil((scrollTop + viewportHeight) / rowHeight) + OVERSCAN;
  return { first, last };
}
