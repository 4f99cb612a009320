/**
 * The last gate between an extractor and storage for the fields that become citations: names as
 * plain text and only web addresses as URLs. Extractors already try; this holds for every format
 * (HTML meta tags, JSON-LD, Markdown front matter, plain-text bylines) whatever they miss.
 */

export interface CitableMetadata {
  readonly title: string;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly url: string | null;
}

// Script and style elements take their content with them; any other tag goes, its text stays.
const SCRIPT_OR_STYLE = /<\s*(script|style)\b[^>]*>[\s\S]*?(<\s*\/\s*\1\s*>|$)/gi;
const TAG = /<\s*\/?\s*[a-z!?][^<>]*(>|$)/gi;

/** `value` with markup removed and whitespace collapsed: "<b onmouseover=…>RFE/RL</b>" → "RFE/RL". */
export function plainText(value: string): string {
  return value.replace(SCRIPT_OR_STYLE, ' ').replace(TAG, ' ').replace(/\s+/g, ' ').trim();
}

// What is left of an attribute or a script URL after tags are gone: a name holding one is garbage.
const ACTIVE_REMNANT = /\bon[a-z]+\s*=|\b(?:java|vb)script\s*:|\b(?:src|href|style|action)\s*=/i;

/** A name as plain text, or '' when what is left of it is still attribute or script debris. */
export function plainName(value: string): string {
  const text = plainText(value);
  return ACTIVE_REMNANT.test(text) ? '' : text;
}

/** An absolute http(s) address, or null: `javascript:`, `data:` and relative URLs are not citable. */
export function webAddress(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return /^https?:\/\/[^\s<>"]+$/i.test(trimmed) ? trimmed : null;
}

/** Longer than any headline or name; past it a field is page junk, and it would stall layout. */
export const MAX_NAME_LENGTH = 400;

/** `text` cut to {@link MAX_NAME_LENGTH} characters at a word boundary, with an ellipsis. */
export function capped(text: string): string {
  if (text.length <= MAX_NAME_LENGTH) return text;
  const cut = text.slice(0, MAX_NAME_LENGTH - 1);
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > MAX_NAME_LENGTH / 2 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}

/**
 * Metadata safe to store, cite and export, and the warnings for what had to go.
 * `fallbackTitle` is used when the title was nothing but markup.
 */
export function plainMetadata<T extends CitableMetadata>(metadata: T, fallbackTitle: string): { metadata: T; warnings: string[] } {
  const warnings: string[] = [];
  const url = webAddress(metadata.url);
  if (metadata.url !== null && url === null) warnings.push('The URL given in the file is not a web address (http or https); it was left out.');
  const outlet = metadata.outlet === null ? null : capped(plainName(metadata.outlet)) || null;
  const authors = metadata.authors.map((author) => capped(plainName(author))).filter(Boolean);
  const plainTitle = plainName(metadata.title);
  if (plainTitle.length > MAX_NAME_LENGTH) warnings.push(`The title was ${plainTitle.length} characters long; it was shortened.`);
  const title = capped(plainTitle) || fallbackTitle;
  return { metadata: { ...metadata, title, outlet, authors, url }, warnings };
}
