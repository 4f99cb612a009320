import type { Claim, Highlight, Memo, SerializedMemoNode, Source, Tag } from '../model/types';
import type { SearchDocument, TextSpan } from './document';

// The notebook's records as search documents. Pure: the storage layer reads the records, these
// say what of them is searchable and where a hit leads.

/**
 * A source: its title, outlet and authors as names, its text as body with the boilerplate blocks
 * left out (they are kept in the source, but are not the article).
 */
export function sourceSearchDocument(source: Source): SearchDocument {
  const body = source.blocks.filter((block) => block.kind === 'body');
  return {
    id: source.id,
    kind: 'source',
    title: source.title,
    names: [source.outlet ?? '', ...source.authors].filter(Boolean),
    body: source.text,
    bodySpans: body.length === source.blocks.length ? undefined : mergeSpans(body),
    sourceIds: [source.id],
    tags: [],
    date: source.publishedAt,
  };
}

/** Adjacent body blocks as one span (fewer spans; the gap between paragraphs is only spaces). */
function mergeSpans(blocks: readonly TextSpan[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const { start, end } of blocks) {
    const last = spans.at(-1);
    if (last && start - last.end <= 2) spans[spans.length - 1] = { start: last.start, end };
    else spans.push({ start, end });
  }
  return spans;
}

/** A highlighted passage and its note, named by its source's title, opening at the passage. */
export function highlightSearchDocument(highlight: Highlight, source: Pick<Source, 'title' | 'publishedAt'> | undefined): SearchDocument {
  const note = highlight.note.trim();
  return {
    id: highlight.id,
    kind: 'highlight',
    title: source?.title ?? 'Highlight',
    names: [],
    body: note ? `${highlight.selector.quote.exact}\n\n${note}` : highlight.selector.quote.exact,
    sourceIds: [highlight.sourceId],
    tags: [],
    date: source?.publishedAt ?? null,
    passage: { ...highlight.selector.position, text: highlight.selector.quote.exact },
  };
}

/**
 * A claim, named by its statement; attribution, subject and tags as names. It opens at its first
 * passage, and belongs to the sources of all its passages (for the source filter).
 */
export function claimSearchDocument(
  claim: Claim,
  highlights: ReadonlyMap<string, Highlight>,
  sources: ReadonlyMap<string, Pick<Source, 'publishedAt'>>,
  tags: ReadonlyMap<string, Tag>,
): SearchDocument {
  const passages = claim.evidence.flatMap((evidence) => highlights.get(evidence.highlightId) ?? []);
  const first = passages[0];
  const tagNames = claim.tags.flatMap((id) => tags.get(id)?.name ?? []);
  return {
    id: claim.id,
    kind: 'claim',
    title: claim.statement,
    names: [claim.attribution, claim.subject ?? '', ...tagNames].filter(Boolean),
    body: claim.statement,
    sourceIds: [...new Set(passages.map((highlight) => highlight.sourceId))],
    tags: tagNames,
    date: first ? (sources.get(first.sourceId)?.publishedAt ?? null) : null,
    passage: first ? { ...first.selector.position, text: first.selector.quote.exact } : undefined,
  };
}

/** A memo: its title and its text (paragraphs, headings, list items, quotes). */
export function memoSearchDocument(memo: Memo): SearchDocument {
  return {
    id: memo.id,
    kind: 'memo',
    title: memo.title.trim() || 'Untitled memo',
    names: [],
    body: memoText(memo.content.root),
    sourceIds: [],
    tags: [],
    date: memo.updatedAt.slice(0, 10),
  };
}

/** The plain text of a memo node: block children separated by blank lines. */
export function memoText(node: SerializedMemoNode): string {
  if (typeof node.text === 'string') return node.text;
  const children = node.children ?? [];
  const inline = children.every((child) => typeof child.text === 'string' || !child.children);
  return children.map(memoText).join(inline ? '' : '\n\n');
}
