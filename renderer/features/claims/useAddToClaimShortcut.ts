import { useEffect, useRef } from 'react';
import type { Source } from '../../../app/model/types';
import { selectionToTextRange, trimRange, type TextRange } from '../reader/selectionOffsets';

/**
 * Alt+E with a passage selected in the Reader: "add to an existing claim", straight to the
 * claim search (select, one shortcut, type, Enter). Alt+C, the Reader's own shortcut, opens the
 * same dialog on "New claim".
 */
export function useAddToClaimShortcut(
  source: Source | null,
  onOpen: (range: TextRange) => void,
): void {
  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  }, [onOpen]);
  useEffect(() => {
    if (!source) return;
    const onKey = (event: KeyboardEvent) => {
      // event.code, not event.key: on macOS Option+E is a dead key.
      if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyE') return;
      const body = document.querySelector<HTMLElement>('article[aria-label="Reader"] .reader-body');
      const raw = body ? selectionToTextRange(document.getSelection(), body) : null;
      const range = raw ? trimRange(source.text, raw) : null;
      if (!range) return;
      event.preventDefault();
      latest.current(range);
      document.getSelection()?.removeAllRanges();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [source]);
}
