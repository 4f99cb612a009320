import { useEffect } from 'react';

/** A passage to bring into view: its place in the open source's text and the words expected there. */
export interface RevealRequest {
  readonly start: number;
  readonly end: number;
  /** The text at [start, end) once the Reader shows the right source (a check, not a search). */
  readonly text: string;
  readonly at: number;
}

const HIGHLIGHT_NAME = 'search-hit';
const SHOW_MS = 4_000;

/** The DOM range of `[start, end)` inside a paragraph whose text starts at `blockStart`. */
function rangeIn(
  paragraph: HTMLElement,
  blockStart: number,
  start: number,
  end: number,
): Range | null {
  const range = document.createRange();
  let offset = blockStart;
  let started = false;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start < offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}

/**
 * Once the Reader shows the passage (the source may still be loading), scrolls it to the middle
 * of the Reader's pane and paints it with the CSS Custom Highlight API — no element is added to
 * the article, whose `<mark>`s are the analyst's highlights. Browsers without the API get the
 * paragraph outlined for a moment instead.
 */
export function useRevealRange(request: RevealRequest | null): void {
  useEffect(() => {
    if (!request) return;
    let frame = 0;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reveal = () => {
      const paragraphs = document.querySelectorAll<HTMLElement>(
        'article[aria-label="Reader"] [data-block-start]',
      );
      const paragraph = [...paragraphs].find(
        (p) =>
          Number(p.dataset.blockStart) <= request.start &&
          request.start < Number(p.dataset.blockEnd),
      );
      const blockStart = Number(paragraph?.dataset.blockStart);
      const range = paragraph
        ? rangeIn(
            paragraph,
            blockStart,
            request.start,
            Math.min(request.end, Number(paragraph.dataset.blockEnd)),
          )
        : null;
      if (!paragraph || !range || !request.text.startsWith(range.toString().slice(0, 40))) {
        if (tries++ < 180) frame = requestAnimationFrame(reveal);
        return;
      }
      paragraph.scrollIntoView({ block: 'center' });
      const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)
        ?.highlights;
      if (highlights && typeof Highlight === 'function') {
        highlights.set(HIGHLIGHT_NAME, new Highlight(range));
        timer = setTimeout(() => highlights.delete(HIGHLIGHT_NAME), SHOW_MS);
      } else {
        paragraph.classList.add('search-revealed');
        timer = setTimeout(() => paragraph.classList.remove('search-revealed'), SHOW_MS);
      }
    };
    frame = requestAnimationFrame(reveal);
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [request]);
}
