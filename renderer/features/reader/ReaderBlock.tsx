import { memo, type DragEvent } from 'react';
import { splitIntoRuns } from '../../../app/anchoring';
import type { Block } from '../../../app/model/types';
import { PASSAGE_DRAG_TYPE } from '../../editor/passageDrag';
import { BlockKindButton } from './BlockKindButton';
import { sameHighlights, type AnchoredHighlight } from './blockHighlights';

interface ReaderBlockProps {
  readonly sourceId: string;
  readonly text: string;
  readonly block: Block;
  /** 1-based body paragraph number, null for boilerplate. */
  readonly paragraph: number | null;
  /** The highlights overlapping this block only (see `highlightsByBlock`), in stored order. */
  readonly highlights: readonly AnchoredHighlight[];
}

/** A highlight dragged out of the Reader carries its id; dropped on the memo it is cited there. */
function startPassageDrag(event: DragEvent<HTMLElement>): void {
  const highlightId = event.currentTarget.dataset.highlightId;
  if (!highlightId) return;
  event.dataTransfer.setData(PASSAGE_DRAG_TYPE, highlightId);
  event.dataTransfer.setData('text/plain', event.currentTarget.textContent ?? '');
  event.dataTransfer.effectAllowed = 'copy';
}

/**
 * One paragraph. Its text content is exactly the block's text — selection offsets depend on it —
 * so the paragraph number and the boilerplate flip button sit outside the `<p>`. Memoised: a
 * paragraph re-renders only when its own highlights or text change.
 */
export const ReaderBlock = memo(function ReaderBlock({ sourceId, text, block, paragraph, highlights }: ReaderBlockProps) {
  const runs = splitIntoRuns(block.start, block.end, highlights);
  const colorOf = new Map(highlights.map((h) => [h.id, h.color]));
  const boilerplate = block.kind === 'boilerplate';
  return (
    <div className={boilerplate ? 'reader-block boilerplate' : 'reader-block'}>
      <span className="paragraph-number" aria-hidden="true">
        {paragraph ?? ''}
      </span>
      <p data-block-start={block.start} data-block-end={block.end} aria-description={boilerplate ? 'page boilerplate' : undefined}>
        {runs.map((run) => {
          const slice = text.slice(run.start, run.end);
          // Plain text as bare text nodes: half the elements of a highlighted paragraph to create,
          // style and lay out (every tool reading the Reader walks text nodes, not elements).
          if (run.ids.length === 0) return slice;
          // The innermost (last) highlight names the mark; nested marks would split the passage.
          const id = run.ids[run.ids.length - 1]!;
          return (
            <mark
              key={run.start}
              data-highlight-id={id}
              className={`highlight color-${colorOf.get(id) ?? 'yellow'}`}
              draggable={true}
              onDragStart={startPassageDrag}
            >
              {slice}
            </mark>
          );
        })}
      </p>
      <BlockKindButton sourceId={sourceId} block={block} />
    </div>
  );
}, sameProps);

function sameProps(before: ReaderBlockProps, after: ReaderBlockProps): boolean {
  return (
    before.sourceId === after.sourceId &&
    before.text === after.text &&
    before.block === after.block &&
    before.paragraph === after.paragraph &&
    sameHighlights(before.highlights, after.highlights)
  );
}
