/**
 * Resolves with the first truthy value of `probe`, checked once per animation frame, or null
 * after `timeoutMs`. For moving focus to something React has yet to render (the Reader of a
 * source just opened, the editor of a memo just created).
 */
export function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 2000): Promise<T | null> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve) => {
    const tick = () => {
      const found = probe();
      if (found) return resolve(found);
      if (performance.now() > deadline) return resolve(null);
      requestAnimationFrame(tick);
    };
    tick();
  });
}

/** The Reader's text once it shows the source titled `title`. */
export function readerTextShowing(title: string): Promise<HTMLElement | null> {
  return waitFor(() => {
    const article = document.querySelector<HTMLElement>('article[aria-label="Reader"]');
    const heading = article?.querySelector('h1')?.textContent?.trim();
    return heading === title.trim() ? article?.querySelector<HTMLElement>('[data-reader-text]') : null;
  });
}

/** Scrolls a highlight into the middle of the Reader and puts the reading caret at its start. */
export async function revealHighlight(highlightId: string): Promise<boolean> {
  const mark = await waitFor(() => document.querySelector<HTMLElement>(`mark[data-highlight-id="${CSS.escape(highlightId)}"]`));
  if (!mark) return false;
  mark.scrollIntoView({ block: 'center' });
  const text = mark.closest('[data-reader-text]');
  if (text instanceof HTMLElement) text.focus({ preventScroll: true });
  const first = mark.firstChild;
  if (first) document.getSelection()?.collapse(first, 0);
  return true;
}
