import type { EditorThemeClasses } from 'lexical';

/** Class names of a footnote number inside a citation (rendered by CitationComponent). */
export const citationNumberClasses = {
  base: 'memo-citation__number',
  selected: 'memo-citation__number--selected',
  /** The quote no longer matches its source (see citationProblems.ts). */
  flagged: 'memo-citation__number--flagged',
} as const;

/** Class names Lexical puts on the memo's DOM; editor.css styles them. */
export const memoTheme: EditorThemeClasses = {
  root: 'memo-root',
  paragraph: 'memo-paragraph',
  quote: 'memo-quote',
  heading: {
    h1: 'memo-heading memo-heading--h1',
    h2: 'memo-heading memo-heading--h2',
    h3: 'memo-heading memo-heading--h3',
  },
  list: {
    ul: 'memo-list memo-list--bullet',
    ol: 'memo-list memo-list--number',
    listitem: 'memo-list__item',
    nested: { listitem: 'memo-list__item--nested' },
  },
  text: {
    bold: 'memo-text--bold',
    italic: 'memo-text--italic',
    underline: 'memo-text--underline',
    strikethrough: 'memo-text--strikethrough',
    underlineStrikethrough: 'memo-text--underline-strikethrough',
  },
  citation: 'memo-citation',
  link: 'memo-link',
};
