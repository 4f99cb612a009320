export { formatPartialDate } from './dates';
export { footnoteParts, formatFootnote } from './footnote';
export type { FootnoteLocator, FootnoteOptions, FootnotePart } from './footnote';
export { citationNodes, listCitations } from './memoCitations';
export type { MemoCitation } from './memoCitations';
