import { useEffect } from 'react';

/** How long a revealed passage stays outlined. */
const FLASH_MS = 2_000;

/**
 * Brings a passage into view once the Reader shows it: the highlight's `<mark>` is scrolled to
 * the upper part of its scrolling pane (the Compare table may cover the lower part) and briefly
 * outlined. Waits for the mark to be drawn, since the source may still be loading.
 */
export function useRevealPassage(
  request: { readonly highlightId: string; readonly at: number } | null,
): void {
  useEffect(() => {
    if (!request) return;
    const selector = `mark[data-highlight-id="${CSS.escape(request.highlightId)}"]`;
    let frame = 0;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reveal = () => {
      const mark = document.querySelector<HTMLElement>(`article[aria-label="Reader"] ${selector}`);
      if (!mark) {
        if (tries++ < 120) frame = requestAnimationFrame(reveal);
        return;
      }
      const pane = mark.closest<HTMLElement>('.center-pane') ?? document.scrollingElement;
      if (pane) {
        const offset = mark.getBoundingClientRect().top - pane.getBoundingClientRect().top;
        pane.scrollTo({ top: pane.scrollTop + offset - pane.clientHeight * 0.2 });
      }
      const marks = document.querySelectorAll<HTMLElement>(selector);
      marks.forEach((part) => part.classList.add('revealed'));
      timer = setTimeout(
        () => marks.forEach((part) => part.classList.remove('revealed')),
        FLASH_MS,
      );
    };
    frame = requestAnimationFrame(reveal);
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [request]);
}
