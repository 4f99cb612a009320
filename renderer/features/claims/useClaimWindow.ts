import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type RefCallback,
  type UIEvent,
} from 'react';
import {
  anchorAt,
  estimateRowHeight,
  rowOffsets,
  rowsInView,
  scrollTopFor,
  type ScrollAnchor,
} from './claimWindow';

/** Claims drawn above and below the visible ones (a claim is ~150 px: about a viewport each way). */
const OVERSCAN = 4;
/** The scroll box's height until it is measured. */
const DEFAULT_VIEWPORT = 600;

export interface ClaimWindow {
  /** Indexes of the claims to draw, ascending: those in and near view, and the one with focus. */
  readonly rows: readonly number[];
  /** The top of each claim in the list; the last entry is the list's height. */
  readonly offsets: Float64Array;
  readonly boxRef: RefCallback<HTMLDivElement>;
  readonly listRef: RefCallback<HTMLUListElement>;
  /** On each drawn row (with `data-claim-id`): notices a row that changes height on its own. */
  readonly rowRef: RefCallback<HTMLLIElement>;
  readonly onScroll: (event: UIEvent<HTMLElement>) => void;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * A window over a long list of claims of different heights in a scroll box. Drawn rows are
 * measured after each render, before paint (heights cached per claim; the mean stands in for the
 * rest), and the claim at the top of the box stays where it was when heights or the list change.
 * A new `resetKey` (the filters) scrolls back to the top.
 */
export function useClaimWindow(ids: readonly string[], resetKey: unknown): ClaimWindow {
  const [heights] = useState(() => new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const box = useRef<HTMLDivElement | null>(null);
  const list = useRef<HTMLUListElement | null>(null);
  const anchor = useRef<ScrollAnchor | null>(null);
  const placed = useRef<{ offsets: Float64Array; resetKey: unknown } | null>(null);
  /** When focus last moved into a row (Tab): the placement below keeps it in view for a moment. */
  const focusMovedAt = useRef(-Infinity);

  const indexOf = useMemo(() => new Map(ids.map((id, i) => [id, i] as const)), [ids]);
  const offsets = useMemo(
    () => rowOffsets(ids, heights, estimateRowHeight(heights)),
    // `version` counts the measurements written into `heights`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [ids, heights, version],
  );
  const rows = useMemo(() => {
    const { first, last } = rowsInView(offsets, scrollTop, viewport, OVERSCAN);
    const drawn = Array.from({ length: last - first }, (_, i) => first + i);
    // The claim holding keyboard focus stays drawn when scrolled away, so focus is not lost.
    const focused = focusedId === null ? undefined : indexOf.get(focusedId);
    if (focused !== undefined && (focused < first || focused >= last)) {
      drawn.splice(focused < first ? 0 : drawn.length, 0, focused);
    }
    return drawn;
  }, [offsets, scrollTop, viewport, focusedId, indexOf]);

  // After each change of rows drawn or of the list, before paint: measure the drawn rows (a row
  // drawn again for a changed claim comes with a new `ids`), then put the anchor back.
  useLayoutEffect(() => {
    const listElement = list.current;
    const boxElement = box.current;
    if (!listElement || !boxElement) return;
    if (measureRows(listElement, heights)) {
      setVersion((v) => v + 1);
      return;
    }
    const last = placed.current;
    if (last && last.offsets === offsets && last.resetKey === resetKey) return;
    let corrected = false;
    if (last && last.resetKey !== resetKey) {
      anchor.current = null;
      boxElement.scrollTop = 0;
    } else if (anchor.current) {
      const target = scrollTopFor(anchor.current, indexOf, offsets, boxElement.clientHeight);
      if (target !== null && Math.abs(boxElement.scrollTop - target) > 0.5) {
        boxElement.scrollTop = target;
        corrected = true;
      }
    }
    // Tab into a row drawn at an estimated place: the browser scrolled the control into view, then
    // the correction above moved it by what the rows above really measure. Bring it back.
    const focused = document.activeElement;
    if (corrected && performance.now() - focusMovedAt.current < 1_000 && focused instanceof HTMLElement && listElement.contains(focused)) {
      const at = focused.getBoundingClientRect();
      const view = boxElement.getBoundingClientRect();
      if (at.top < view.top || at.bottom > view.bottom) focused.scrollIntoView({ block: 'nearest' });
    }
    placed.current = { offsets, resetKey };
    anchor.current = anchorAt(ids, offsets, boxElement.scrollTop, boxElement.clientHeight);
    setScrollTop(boxElement.scrollTop);
  }, [heights, offsets, resetKey, ids, indexOf, rows]);

  const onScroll = useCallback(
    (event: UIEvent<HTMLElement>) => {
      const { scrollTop: top, clientHeight } = event.currentTarget;
      anchor.current = anchorAt(ids, offsets, top, clientHeight);
      setScrollTop(top);
    },
    [ids, offsets],
  );

  const boxRef = useCallback(
    (element: HTMLDivElement | null) => {
      box.current = element;
      if (!element) return;
      let width = element.clientWidth;
      const observer = new ResizeObserver(() => {
        setViewport(element.clientHeight);
        if (element.clientWidth === width) return;
        // Rows wrap differently at a new width: heights of rows not drawn are guesses again.
        width = element.clientWidth;
        const drawn = new Set(
          [...(list.current?.children ?? [])].map((row) => (row as HTMLElement).dataset.claimId),
        );
        for (const id of heights.keys()) if (!drawn.has(id)) heights.delete(id);
        setVersion((v) => v + 1);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [heights],
  );

  const listRef = useCallback((element: HTMLUListElement | null) => {
    list.current = element;
  }, []);

  // A row may change height with no render of the list (fonts, text size): measure again then.
  const [rowObserver] = useState(
    () =>
      new ResizeObserver((entries) => {
        const changed = entries.some(({ target }) => {
          const id = (target as HTMLElement).dataset.claimId;
          return id !== undefined && target.isConnected && heights.get(id) !== rowHeight(target);
        });
        if (changed) setVersion((v) => v + 1);
      }),
  );
  const rowRef = useCallback(
    (element: HTMLLIElement | null) => {
      if (!element) return;
      rowObserver.observe(element);
      return () => rowObserver.unobserve(element);
    },
    [rowObserver],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const row = (event.target as Element).closest<HTMLElement>('[data-claim-id]');
    focusMovedAt.current = performance.now();
    if (row?.dataset.claimId) setFocusedId(row.dataset.claimId);
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    // Focus that went into a dialog (Edit) comes back to the row: keep it drawn meanwhile.
    if (next instanceof Element && !event.currentTarget.contains(next) && !next.closest('dialog')) {
      setFocusedId(null);
    }
  }, []);

  return { rows, offsets, boxRef, listRef, rowRef, onScroll, onFocus, onBlur };
}

/** A row's share of the list: its border box and the gap below it. */
function rowHeight(row: Element): number {
  const gap = parseFloat(getComputedStyle(row).marginBottom) || 0;
  return Math.round((row.getBoundingClientRect().height + gap) * 100) / 100;
}

/** Writes the heights of the drawn rows into `heights`; true when any changed. */
function measureRows(list: HTMLUListElement, heights: Map<string, number>): boolean {
  let changed = false;
  for (const row of list.children) {
    const id = (row as HTMLElement).dataset.claimId;
    if (!id) continue;
    const height = rowHeight(row);
    if (height > 0 && heights.get(id) !== height) {
      heights.set(id, height);
      changed = true;
    }
  }
  return changed;
}
