import type { Block, Source, SourceMetadata } from '../../model/types';

/**
 * Test fixture: a Source built by hand from plain text the way the importer lays it out —
 * paragraphs split on blank lines, joined with `\n\n`, one block each. Paragraphs whose
 * (0-based) index is in `boilerplate` are flagged as boilerplate.
 */
export function sourceFromText(
  raw: string,
  options: {
    readonly id?: string;
    readonly boilerplate?: readonly number[];
    readonly metadata?: Partial<SourceMetadata>;
  } = {},
): Source {
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  const blocks: Block[] = [];
  let text = '';
  paragraphs.forEach((paragraph, index) => {
    if (text.length > 0) text += '\n\n';
    const kind = options.boilerplate?.includes(index) ? 'boilerplate' : 'body';
    blocks.push({ start: text.length, end: text.length + paragraph.length, kind });
    text += paragraph;
  });
  return {
    id: options.id ?? 'src_test',
    title: 'Untitled',
    outlet: null,
    authors: [],
    publishedAt: null,
    url: null,
    language: 'en',
    ...options.metadata,
    importedAt: '2026-11-22T00:00:00.000Z',
    origin: {
      fileName: 'test.txt',
      mediaType: 'text/plain',
      encoding: 'utf-8',
      sha256: '0'.repeat(64),
    },
    text,
    blocks,
  };
}
