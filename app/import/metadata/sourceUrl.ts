/** A URL found in the text, and whether it had to be mended. */
export interface FoundUrl {
  readonly url: string;
  readonly repaired: boolean;
}

const LABEL =
  /^(?:source|original(?: article)?|url|link|read (?:more|the original)(?: at)?|canonical|permalink|источник)\s*:?\s*(https?:\/\/\S.*)$/iu;
const BARE = /^(https?:\/\/\S+)$/i;
const URL_TOKEN = /^[\w\-./~%?#=&+:@!$,;*()]+$/;

/**
 * Mends a URL that a copy-paste broke with spaces ("…/kazakhstan-independence -day-clampdown/…"):
 * a following piece joins when it is made of URL characters and the break falls on a URL
 * separator (the piece starts, or the URL so far ends, with `-`, `/`, `.`, `_`, `?`, `=` or `&`).
 */
export function mendUrl(text: string): FoundUrl {
  const [first = '', ...rest] = text.trim().split(/\s+/);
  let url = first;
  let repaired = false;
  for (const piece of rest) {
    if (!URL_TOKEN.test(piece) || !(/^[-/._?#=&%]/.test(piece) || /[-/._?#=&]$/.test(url))) break;
    url += piece;
    repaired = true;
  }
  return { url: url.replace(/[.,;:!?)\]]+$/, ''), repaired };
}

/**
 * The article's address as the text states it: a "Source: <url>" (or "Original:", "URL:")
 * line first, a paragraph that is only a URL otherwise.
 */
export function findSourceUrl(paragraphs: readonly string[]): FoundUrl | null {
  for (const text of paragraphs) {
    const labelled = LABEL.exec(text);
    if (labelled && text.length < 400) return mendUrl(labelled[1] ?? '');
  }
  for (const text of paragraphs) {
    const bare = BARE.exec(text);
    if (bare) return mendUrl(bare[1] ?? '');
  }
  return null;
}
