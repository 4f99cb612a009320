/**
 * Scrolls the Reader to the paragraph holding `offset` of the open source's text and outlines
 * it for a moment: how an entity's mention is shown in its source.
 */
export function revealOffset(offset: number): void {
  const blocks = document.querySelectorAll<HTMLElement>(
    'article[aria-label="Reader"] [data-block-start]',
  );
  for (const block of blocks) {
    const start = Number(block.dataset.blockStart);
    const end = Number(block.dataset.blockEnd);
    if (offset < start || offset >= end) continue;
    block.scrollIntoView({ block: 'center' });
    block.classList.add('revealed');
    setTimeout(() => block.classList.remove('revealed'), 2_000);
    return;
  }
}
