/**
 * Every record parser in one place: storage, backups and the CLI read records through these, so
 * a record with a missing field gets its default and garbage is refused with a {@link ParseError}.
 */
export { parseClaim, parseFigure } from './parseClaim';
export { ParseError } from './parseFields';
export { DEFAULT_HIGHLIGHT_COLOR, parseHighlight } from './parseHighlight';
export { parseMemo } from './parseMemo';
export { parseOriginal, parseSource } from './parseSource';
export { DEFAULT_TAG_COLOR, parseTag } from './parseTag';
