// formatCitations (and the CSL item mapping) live in ./formatCitations: it loads citeproc-js,
// which only an export needs, so importing this index for a date keeps it out of the app's
// first bundle.
export { formatPartialDate } from './dates';
export type { FootnotePart } from './footnote';
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
