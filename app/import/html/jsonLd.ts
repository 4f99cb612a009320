import type { HtmlDocument } from './dom';
import { all } from './dom';

/** The fields of a schema.org NewsArticle (or Article, BlogPosting…) that a citation needs. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly authors: readonly string[];
  readonly datePublished: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background)?Article$|^BlogPosting$|^Report$/;

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: Json | undefined): Json[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/** A string field, or the `name` / `@id` / `url` of an object field. */
function nameOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value)) return nameOf(value.name) ?? nameOf(value['@id']) ?? nameOf(value.url);
  return null;
}

/** Every object in the JSON-LD blocks, flattening arrays and `@graph`s. */
function* objects(value: Json): Generator<JsonObject> {
  for (const item of asList(value)) {
    if (!isObject(item)) continue;
    yield item;
    if (item['@graph'] !== undefined) yield* objects(item['@graph']);
  }
}

function isArticle(item: JsonObject): boolean {
  return asList(item['@type']).some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type));
}

/**
 * The first article described in the page's `<script type="application/ld+json">` blocks, or
 * null. The blocks are parsed as data (JSON.parse), never run; malformed ones are skipped.
 */
export function readJsonLdArticle(document: HtmlDocument): JsonLdArticle | null {
  for (const script of all(document, 'script[type="application/ld+json"]')) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    for (const item of objects(data)) {
      if (!isArticle(item)) continue;
      const authors = asList(item.author)
        .map(nameOf)
        .filter((name): name is string => name !== null && !/^https?:/.test(name));
      return {
        headline: nameOf(item.headline) ?? nameOf(item.name),
        authors,
        datePublished: nameOf(item.datePublished) ?? nameOf(item.dateCreated),
        publisher: nameOf(item.publisher),
        url: nameOf(item.mainEntityOfPage) ?? nameOf(item.url),
      };
    }
  }
  return null;
}
