export { toCslItem } from './cslItem';
export type { CslItem, CslItemOptions, CslName } from './cslItem';
export { formatPartialDate } from './dates';
export { footnoteParts, formatFootnote } from './footnote';
export type { FootnoteLocator, FootnoteOptions, FootnotePart } from './footnote';
export { formatCitations } from './formatCitations';
export type { CitedWork, FormatCitationsOptions, FormattedCitations } from './formatCitations';
export { citationNodes, listCitations } from './memoCitations';
export type { MemoCitation } from './memoCitations';
export {
  CITATION_STYLE_IDS,
  CITATION_STYLES,
  DEFAULT_CITATION_STYLE,
  isCitationStyleId,
  parseCitationStyleId,
} from './styles';
export type { CitationStyle, CitationStyleId } from './styles';
