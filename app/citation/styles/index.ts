import apa from './apa';
import chicagoFullnoteBibliography from './chicagoFullnoteBibliography';
import localeEnUs from './localeEnUs';
import modernLanguageAssociation from './modernLanguageAssociation';

/** The citation styles a memo can be exported in. */
export const CITATION_STYLE_IDS = ['chicago', 'apa', 'mla'] as const;
export type CitationStyleId = (typeof CITATION_STYLE_IDS)[number];

/** Chicago notes and bibliography: what newsrooms and courts most often expect. */
export const DEFAULT_CITATION_STYLE: CitationStyleId = 'chicago';

export interface CitationStyle {
  readonly id: CitationStyleId;
  /** The name the analyst picks from. */
  readonly label: string;
  /** `note`: footnotes carry full then short references; `in-text`: author–date or author–page. */
  readonly kind: 'note' | 'in-text';
  /** The CSL style, as XML. */
  readonly xml: string;
}

export const CITATION_STYLES: Readonly<Record<CitationStyleId, CitationStyle>> = {
  chicago: {
    id: 'chicago',
    label: 'Chicago 17 (notes)',
    kind: 'note',
    xml: chicagoFullnoteBibliography,
  },
  apa: { id: 'apa', label: 'APA 7', kind: 'in-text', xml: apa },
  mla: { id: 'mla', label: 'MLA 9', kind: 'in-text', xml: modernLanguageAssociation },
};

/** The CSL locale every style is rendered with (the styles carry their own overrides). */
export const CSL_LOCALE = { lang: 'en-US', xml: localeEnUs } as const;

/**
 * A style id from untrusted input (a setting, a command-line flag): the id itself, or the
 * default for anything else. Accepts common spellings: `APA`, `Chicago`, `mla9`.
 */
export function parseCitationStyleId(value: unknown): CitationStyleId {
  if (typeof value !== 'string') return DEFAULT_CITATION_STYLE;
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  return (CITATION_STYLE_IDS as readonly string[]).includes(key)
    ? (key as CitationStyleId)
    : DEFAULT_CITATION_STYLE;
}

/** True when `value` names a style exactly (for flags, where a typo must be an error). */
export function isCitationStyleId(value: unknown): value is CitationStyleId {
  return typeof value === 'string' && (CITATION_STYLE_IDS as readonly string[]).includes(value);
}
