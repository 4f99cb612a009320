import { findDate } from '../metadata/dates';
import { agencyName, splitNames } from '../metadata/names';
import type { HtmlDocument } from './dom';
import { all, textOf } from './dom';
import { readJsonLdArticle } from './jsonLd';

/** Metadata a saved page declares about itself; null where it says nothing. */
export interface PageMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

function meta(document: HtmlDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const element =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`);
    const content = element?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (content) return content;
  }
  return null;
}

/** "2022-01-06T08:15:00+06:00" → "2022-01-06": the date as the page wrote it, no time zone shift. */
export function isoDatePart(value: string | null): string | null {
  if (value === null) return null;
  const iso = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.trim());
  if (iso) return [iso[1], iso[2], iso[3]].filter((part) => part !== undefined).join('-');
  return findDate(value)?.date ?? null;
}

/** An absolute http(s) URL, or null: relative and script URLs are not citable addresses. */
function httpUrl(value: string | null | undefined): string | null {
  return value && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null;
}

/**
 * "Headline | Site", "Headline - Site", "Site | Headline": the headline without the site name.
 * A dash part is only dropped when it is the site's name: headlines have dashes of their own.
 * Without `guess`, only the site's own name is dropped (for titles the page declares).
 */
export function stripSiteName(title: string, site: string | null, guess = true): string {
  const parts = title.split(/\s+([|–—-]|::)\s+/);
  if (parts.length < 3) return title;
  const same = (part: string | undefined): boolean =>
    site !== null && part?.toLowerCase() === site.toLowerCase();
  const last = parts.at(-1);
  const lastSeparator = parts.at(-2);
  if (same(last) || (guess && lastSeparator === '|' && (last?.length ?? 99) <= 40))
    return parts.slice(0, -2).join(' ');
  if (same(parts[0])) return parts.slice(2).join(' ');
  return title;
}

/** `<title>` without the site name; the page's one `<h1>` when the title contains it. */
function titleFromTitleElement(document: HtmlDocument, site: string | null): string | null {
  const title = document.title.replace(/\s+/g, ' ').trim();
  const headings = all(document, 'h1').map((heading) => textOf(heading));
  const h1 = headings.length === 1 ? headings[0] : undefined;
  if (h1 !== undefined && h1.length >= 8 && (title === '' || title.includes(h1))) return h1;
  return title === '' ? null : stripSiteName(title, site);
}

/**
 * Reads what a page says about itself: Open Graph and `article:*` meta, JSON-LD NewsArticle,
 * `<meta name="author">`, `<link rel="canonical">`, `<time datetime>`, `<html lang>` and
 * `<title>` (without the site name).
 */
export function readPageMetadata(document: HtmlDocument): PageMetadata {
  const article = readJsonLdArticle(document);
  const outlet = meta(document, 'og:site_name', 'application-name') ?? article?.publisher ?? null;
  const declaredTitle = meta(document, 'og:title', 'twitter:title') ?? article?.headline ?? null;
  const title =
    declaredTitle === null
      ? titleFromTitleElement(document, outlet)
      : stripSiteName(declaredTitle, outlet, false);
  const metaAuthors = meta(
    document,
    'author',
    'article:author',
    'byl',
    'dc.creator',
    'sailthru.author',
  );
  const authors =
    article !== null && article.authors.length > 0
      ? article.authors
      : metaAuthors !== null && !/^https?:/.test(metaAuthors)
        ? splitNames(metaAuthors.replace(/^by\s+/i, ''))
        : [];
  const timeElement = document.querySelector('article time[datetime], time[datetime]');
  const publishedAt = isoDatePart(
    meta(
      document,
      'article:published_time',
      'datePublished',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'dcterms.created',
    ) ??
      article?.datePublished ??
      timeElement?.getAttribute('datetime') ??
      null,
  );
  const url =
    httpUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    httpUrl(meta(document, 'og:url')) ??
    httpUrl(article?.url);
  const lang =
    document.documentElement.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0] ?? null;
  return {
    title,
    outlet: outlet === null ? null : (agencyName(outlet) ?? outlet),
    authors,
    publishedAt,
    url,
    language: lang || null,
  };
}
