import { useEffect, useMemo, useRef, useState } from 'react';
import { anchorSelector } from '../../../app/anchoring';
import type { Block, Highlight } from '../../../app/model/types';
import type { StoredSource } from '../../storage/database';
import { highlightsByBlock, NO_HIGHLIGHTS, type AnchoredHighlight } from './blockHighlights';
import { ReaderBlock } from './ReaderBlock';
import { ReaderHeader } from './ReaderHeader';
import { selectionToTextRange, trimRange, type TextRange } from './selectionOffsets';
import { SelectionToolbar } from './SelectionToolbar';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { readerTextProps } from '../shortcuts/readerKeyboard';

interface ReaderProps {
  readonly source: StoredSource | null;
  readonly highlights: readonly Highlight[];
  readonly onHighlight: (range: TextRange) => void;
  readonly onTagAsClaim: (range: TextRange) => void;
}

/** The open source: its metadata, its paragraphs with highlights drawn, and selection actions. */
export function Reader({ source, highlights, onHighlight, onTagAsClaim }: ReaderProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextRange | null>(null);
  const [showBoilerplate, setShowBoilerplate] = useState(true);

  useEffect(() => {
    const update = () => {
      const body = bodyRef.current;
      if (!body || !source) return setSelection(null);
      const range = selectionToTextRange(document.getSelection(), body);
      setSelection(range ? trimRange(source.text, range) : null);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [source]);

  // Alt+H / Alt+C act on the selection from the keyboard (the toolbar buttons say so).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey) return;
      // event.code, not event.key: on macOS Option+H types "˙".
      const handler = event.code === 'KeyH' ? onHighlight : event.code === 'KeyC' ? onTagAsClaim : null;
      if (!handler) return;
      // The selection as it is now, not as last rendered: Alt+H right after Shift+Arrow can beat the re-render.
      const body = bodyRef.current;
      const live = body && source ? selectionToTextRange(document.getSelection(), body) : null;
      const range = live && source ? trimRange(source.text, live) : null;
      if (!range) return;
      event.preventDefault();
      handler(range);
      document.getSelection()?.removeAllRanges();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [source, onHighlight, onTagAsClaim]);

  // Highlights are re-anchored from their selectors whenever the text or the highlights change,
  // never trusted from stored offsets alone; the ones whose quote is gone are reported, not drawn
  // elsewhere. Only this source's: while a newly opened source loads, the list may still be the
  // last one's (the two are read by separate live queries).
  const sourceId = source?.id;
  const text = source?.text;
  const { anchored, orphaned } = useMemo(() => {
    const placed: AnchoredHighlight[] = [];
    let lost = 0;
    for (const highlight of highlights) {
      if (highlight.sourceId !== sourceId || text === undefined) continue;
      const range = anchorSelector(text, highlight.selector);
      if (range) placed.push({ id: highlight.id, start: range.start, end: range.end, color: highlight.color });
      else lost++;
    }
    return { anchored: placed, orphaned: lost };
  }, [highlights, sourceId, text]);

  // Each paragraph gets only its own highlights, so a new highlight re-renders one paragraph
  // (ReaderBlock compares its list by value).
  const blocks = source?.blocks;
  const byBlock = useMemo(() => highlightsByBlock(blocks ?? [], anchored), [blocks, anchored]);
  const paragraphs = useMemo(() => paragraphNumbers(blocks ?? []), [blocks]);

  // The words screen readers hear at a highlight's edges (invisible generated text, two boxes per
  // mark) are switched on a frame or two after an article's marks are first drawn: with 500
  // highlights they were about a fifth of the work of showing it, and no one sees them. Keyed on
  // whether there are marks too: the highlights may be read after the text, in a later render.
  const edges = useAfterFirstPaint(sourceId && `${sourceId}${anchored.length > 0 ? ' with marks' : ''}`);

  if (!source) {
    return (
      <article aria-label="Reader" className="reader empty">
        <p className="empty-state">Open a source from the list to read it here. Select a passage to highlight it or tag it as a claim.</p>
      </article>
    );
  }

  const boilerplateCount = source.blocks.filter((block) => block.kind === 'boilerplate').length;
  const act = (handler: (range: TextRange) => void) => {
    if (!selection) return;
    handler(selection);
    document.getSelection()?.removeAllRanges();
  };

  return (
    <article aria-label="Reader" className="reader" aria-describedby="reader-title">
      <ReaderHeader source={source} />
      <div className="reader-tools">
        {boilerplateCount > 0 && (
          <label className="toggle">
            <input type="checkbox" checked={showBoilerplate} onChange={(event) => setShowBoilerplate(event.target.checked)} />
            Show page boilerplate ({boilerplateCount} {boilerplateCount === 1 ? 'block' : 'blocks'}, dimmed)
          </label>
        )}
        {orphaned > 0 && (
          <p role="status" className="warning">
            {orphaned} {orphaned === 1 ? 'highlight' : 'highlights'} could not be placed: the quoted text is no longer in this source.
          </p>
        )}
      </div>
      <SelectionToolbar
        visible={selection !== null}
        onHighlight={() => act(onHighlight)}
        onTagAsClaim={() => act(onTagAsClaim)}
      />
      {/* Focusable, with a keyboard caret: selections can be made without a mouse (readerKeyboard.ts). */}
      <div ref={bodyRef} className="reader-body" data-highlight-edges={edges ? '' : undefined} {...readerTextProps()}>
        {source.blocks.map((block) =>
          block.kind === 'boilerplate' && !showBoilerplate ? null : (
            <ReaderBlock
              key={block.start}
              sourceId={source.id}
              text={source.text}
              block={block}
              paragraph={paragraphs.get(block.start) ?? null}
              highlights={byBlock.get(block.start) ?? NO_HIGHLIGHTS}
            />
          ),
        )}
      </div>
    </article>
  );
}

/** 1-based numbers of the body paragraphs by block start (`paragraphAt`, in one pass). */
function paragraphNumbers(blocks: readonly Block[]): ReadonlyMap<number, number> {
  const numbers = new Map<number, number>();
  for (const block of blocks) if (block.kind === 'body') numbers.set(block.start, numbers.size + 1);
  return numbers;
}
