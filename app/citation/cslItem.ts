import type { SourceMetadata } from '../model/types';

/** A name as CSL-JSON has it: a person (family, given) or an organisation (literal). */
export type CslName =
  { readonly family: string; readonly given?: string } | { readonly literal: string };

/** The CSL-JSON item a source becomes (https://citeproc-js.readthedocs.io/en/latest/csl-json/). */
export interface CslItem {
  readonly id: string;
  readonly type: 'article-newspaper' | 'webpage';
  readonly title: string;
  readonly 'container-title'?: string;
  readonly author?: readonly CslName[];
  readonly issued?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly accessed?: { readonly 'date-parts': readonly (readonly number[])[] };
  readonly URL?: string;
  readonly language?: string;
}

export interface CslItemOptions {
  /** ISO date (`YYYY-MM-DD`) the source was consulted; styles print it as they require. */
  readonly accessed?: string | undefined;
}

/**
 * A news source as a CSL item: an article in a newspaper when its outlet is known (the outlet
 * is the container title), otherwise a web page. Missing fields are left out, never guessed,
 * so the style prints "n.d." or drops them as it does for any item.
 */
export function toCslItem(
  id: string,
  source: SourceMetadata,
  options: CslItemOptions = {},
): CslItem {
  const outlet = clean(source.outlet);
  const authors = source.authors
    .map(clean)
    .filter((name): name is string => name !== null && name.toLowerCase() !== outlet?.toLowerCase())
    .map(parseName);
  const issued = dateParts(source.publishedAt);
  const accessed = dateParts(options.accessed ?? null);
  const url = clean(source.url);
  return {
    id,
    type: outlet ? 'article-newspaper' : 'webpage',
    title: clean(source.title) ?? 'Untitled',
    ...(outlet ? { 'container-title': outlet } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    ...(accessed ? { accessed: { 'date-parts': [accessed] } } : {}),
    ...(url ? { URL: url } : {}),
    ...(clean(source.language) ? { language: clean(source.language) as string } : {}),
  };
}

// Words that make a byline an organisation, not a person: "RFE/RL's Kazakh Service", "AP staff".
const ORGANISATION =
  /['’]s\b|\b(service|staff|desk|bureau|agency|news|reporters?|correspondents?|editors?|team|press|newsroom|wire|online|media)\b|[/&@\d]/i;

/**
 * A byline name as CSL: `Family, Given` as written; a person's `Given Family` split at the last
 * word (two to four words, each capitalised); anything else — an organisation, a single word,
 * a long line — kept whole as a literal, so it is never mangled into a wrong surname.
 */
export function parseName(name: string): CslName {
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma && !ORGANISATION.test(name)) {
    return { family: (comma[1] as string).trim(), given: (comma[2] as string).trim() };
  }
  const words = name.split(/\s+/);
  const personal =
    words.length >= 2 &&
    words.length <= 4 &&
    !ORGANISATION.test(name) &&
    words.every(
      (word) => /^\p{Lu}/u.test(word) || /^(de|da|van|von|der|al|el|bin|ibn)$/.test(word),
    );
  if (!personal) return { literal: name };
  return { family: words[words.length - 1] as string, given: words.slice(0, -1).join(' ') };
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `[2021, 12, 16]`, `[2022, 1]` or `[2022]` from a partial ISO date; null when malformed. */
export function dateParts(date: string | null): number[] | null {
  const match = date ? PARTIAL_DATE.exec(date.trim()) : null;
  if (!match) return null;
  const parts = match
    .slice(1)
    .filter((part): part is string => part !== undefined)
    .map(Number);
  const [year, month, day] = parts as [number, number?, number?];
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && month !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) return null;
  }
  return parts;
}

/** Trimmed text with whitespace collapsed and the private-use marks the formatter uses removed. */
function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}
