import { parse } from 'yaml';

import { isoDatePart } from '../html/htmlMetadata';
import { splitNames } from '../metadata/names';

/** Citation fields a Markdown note's front matter may carry. */
export interface FrontMatter {
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

const EMPTY: FrontMatter = { title: null, authors: [], publishedAt: null, outlet: null, url: null };

const FENCE = /^(?:\ufeff)?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

type Fields = Record<string, unknown>;

function text(fields: Fields, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number') return String(value);
    if (value instanceof Date && !Number.isNaN(value.getTime()))
      return value.toISOString().slice(0, 10);
  }
  return null;
}

function names(fields: Fields, ...keys: string[]): string[] {
  for (const key of keys) {
    const value = fields[key];
    if (typeof value === 'string') return splitNames(value);
    if (Array.isArray(value)) {
      return value.flatMap((item: unknown) =>
        typeof item === 'string'
          ? [item.trim()]
          : typeof (item as { name?: unknown })?.name === 'string'
            ? [String((item as { name: string }).name).trim()]
            : [],
      );
    }
  }
  return [];
}

/**
 * Splits a YAML front matter block (`---` … `---`) off a Markdown text and reads title,
 * author(s), date, source/outlet and url from it (keys in any case). Malformed YAML is treated
 * as no front matter, and the block stays in the body for the user to see.
 */
export function readFrontMatter(markdown: string): { fields: FrontMatter; body: string } {
  const match = FENCE.exec(markdown);
  if (!match) return { fields: EMPTY, body: markdown };
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch {
    return { fields: EMPTY, body: markdown };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { fields: EMPTY, body: markdown };
  const fields: Fields = Object.fromEntries(
    Object.entries(data).map(([key, value]) => [key.toLowerCase(), value]),
  );
  const source = text(
    fields,
    'source',
    'outlet',
    'publisher',
    'publication',
    'site',
    'site_name',
    'journal',
  );
  const sourceIsUrl = source !== null && /^https?:\/\//i.test(source);
  return {
    fields: {
      title: text(fields, 'title', 'headline'),
      authors: names(fields, 'authors', 'author', 'byline', 'creator'),
      publishedAt: isoDatePart(
        text(fields, 'date', 'published', 'publishedat', 'published_at', 'pubdate', 'created'),
      ),
      outlet: sourceIsUrl ? text(fields, 'outlet', 'publisher', 'publication', 'site') : source,
      url:
        text(fields, 'url', 'link', 'canonical', 'source_url', 'original') ??
        (sourceIsUrl ? source : null),
    },
    body: markdown.slice(match[0].length),
  };
}
