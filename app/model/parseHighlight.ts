import { FieldReader } from './parseFields';
import type { Highlight } from './types';

/** The colour a highlight gets when its record has none (the Reader's default). */
export const DEFAULT_HIGHLIGHT_COLOR = 'yellow';

/**
 * A highlight read from storage or a backup: note, colour and paragraph defaulted, refused when
 * its selector cannot anchor (no quote, or a position range that runs backwards).
 *
 * @throws ParseError naming the first bad field
 */
export function parseHighlight(value: unknown): Highlight {
  const fields = FieldReader.of('highlight', value);
  const selector = fields.nested('selector');
  const quote = FieldReader.of('highlight', selector.fields.quote, 'selector.quote');
  const position = FieldReader.of('highlight', selector.fields.position, 'selector.position');
  const start = position.offset('start');
  const end = position.offset('end');
  if (end < start) fields.fail('selector.position', 'ends before it starts');
  const exact = quote.string('exact');
  if (exact === '') fields.fail('selector.quote.exact', 'is empty');
  const paragraph = fields.fields.paragraph;
  if (paragraph != null && (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 1)) {
    fields.fail('paragraph', 'is not a paragraph number');
  }
  return {
    id: fields.id('id'),
    sourceId: fields.id('sourceId'),
    selector: {
      quote: { exact, prefix: quote.string('prefix', ''), suffix: quote.string('suffix', '') },
      position: { start, end },
    },
    paragraph: (paragraph as number | null | undefined) ?? null,
    note: fields.string('note', ''),
    color: fields.string('color', DEFAULT_HIGHLIGHT_COLOR),
    ...fields.timestamps(),
  };
}
