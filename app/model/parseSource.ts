import { BLOCK_KINDS, FieldReader, PARTIAL_ISO_DATE } from './parseFields';
import type { Block, Original, Source } from './types';

/**
 * A source read from storage, a backup or an import: metadata defaults filled in (no outlet, no
 * authors, language "und"), and refused when its text, blocks or origin cannot be trusted —
 * blocks must lie inside the text in order, since every anchor and paragraph number uses them.
 *
 * @throws ParseError naming the first bad field
 */
export function parseSource(value: unknown): Source {
  const fields = FieldReader.of('source', value);
  const text = fields.string('text');
  const origin = fields.nested('origin');
  const sha256 = origin.string('sha256');
  if (!/^[0-9a-f]{64}$/.test(sha256)) origin.fail('origin.sha256', 'is not a lower-case hex sha256');
  const publishedAt = fields.nullableString('publishedAt');
  if (publishedAt !== null && !PARTIAL_ISO_DATE.test(publishedAt)) fields.fail('publishedAt', 'is not a date (YYYY[-MM[-DD]])');
  return {
    id: fields.id('id'),
    title: fields.string('title', 'Untitled source'),
    outlet: fields.nullableString('outlet'),
    authors: fields.stringArray('authors'),
    publishedAt,
    url: fields.nullableString('url'),
    language: fields.string('language', 'und'),
    importedAt: fields.timestamp('importedAt'),
    origin: {
      fileName: origin.string('fileName', ''),
      mediaType: origin.string('mediaType', 'application/octet-stream'),
      encoding: origin.string('encoding', 'utf-8'),
      sha256,
    },
    text,
    blocks: parseBlocks(fields, text.length),
  };
}

function parseBlocks(fields: FieldReader, textLength: number): Block[] {
  let previousEnd = 0;
  return fields.list('blocks').map((value, index) => {
    const block = FieldReader.of('source', value, `blocks[${index}]`);
    const start = block.offset('start');
    const end = block.offset('end');
    if (start < previousEnd || end < start || end > textLength) fields.fail(`blocks[${index}]`, 'lies outside the text or out of order');
    previousEnd = end;
    return { start, end, kind: block.oneOf('kind', BLOCK_KINDS, 'body') };
  });
}

/**
 * The raw bytes of an import, as stored beside its source.
 *
 * @throws ParseError when the bytes are not a `Uint8Array`
 */
export function parseOriginal(value: unknown): Original {
  const fields = FieldReader.of('original', value);
  const bytes = fields.fields.bytes;
  if (!(bytes instanceof Uint8Array)) fields.fail('bytes', 'are not bytes');
  return { sourceId: fields.id('sourceId'), bytes: bytes as Uint8Array };
}
