import { useLayoutEffect, useRef } from 'react';
import type { LatestWriter, SaveState } from './useLatestWriter';

const SAVE_LABELS: Readonly<Record<SaveState, string>> = {
  saved: 'Saved',
  saving: 'Saving…',
  error: 'Not saved — check disk space',
};

/**
 * "Saved", "Saving…" or the error, announced politely. Written into the element as the writer
 * reports it, without a React render: it changes with every keystroke (see useLatestWriter).
 */
export function SaveStateLabel({ writer }: { readonly writer: Pick<LatestWriter<unknown>, 'watch'> }) {
  const label = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(
    () =>
      writer.watch((state) => {
        if (!label.current) return;
        label.current.className = `save-state save-${state}`;
        label.current.textContent = SAVE_LABELS[state];
      }),
    [writer],
  );
  return (
    <p ref={label} className="save-state save-saved" aria-live="polite">
      {SAVE_LABELS.saved}
    </p>
  );
}
