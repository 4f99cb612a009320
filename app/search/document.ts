import type { PartialIsoDate } from '../model/types';

export const SEARCH_KINDS = ['source', 'highlight', 'claim', 'memo'] as const;
/** What a search hit is: a whole source, a highlighted passage, a claim or a memo. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A range of a text, `[start, end)`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A passage of a source: its range in the source's text, and the text there (to check it). */
export interface Passage extends TextSpan {
  readonly text: string;
}

/**
 * One record as the search index sees it. Built from a stored record by renderer code (or by the
 * benchmark's generator); the index keeps only keys and numbers, and asks for the document again
 * to verify a phrase or cut a snippet.
 */
export interface SearchDocument {
  /** The record's id; unique across kinds (ids carry a kind prefix). */
  readonly id: string;
  readonly kind: SearchKind;
  /** What a hit is named by: a source's or memo's title, a claim's statement, a highlight's source title. */
  readonly title: string;
  /** Names matched like the title and by prefix: outlet, authors, attribution, tag names. */
  readonly names: readonly string[];
  /** The searchable text: a source's text, a passage and its note, a claim's statement, a memo's text. */
  readonly body: string;
  /** Where in `body` to look; the whole body when absent (a source's boilerplate is left out). */
  readonly bodySpans?: readonly TextSpan[];
  /** The sources the record belongs to, the one a hit opens first. */
  readonly sourceIds: readonly string[];
  /** Tag names (claims), for the tag filter. */
  readonly tags: readonly string[];
  /** A source's publication date; for a memo the day it was last edited. */
  readonly date: PartialIsoDate | null;
  /**
   * For a passage (highlight, claim's first evidence): where it sits in its source's text, so
   * opening the hit scrolls the Reader there. A source hit uses its first match in `body`.
   */
  readonly passage?: Passage;
}

/**
 * A partial ISO date as the first and last day it may mean, as numbers `YYYYMMDD`
 * ("2022" → [20220101, 20221231]); `null` when there is no date or it cannot be read.
 */
export function dateRange(date: PartialIsoDate | null): readonly [number, number] | null {
  const match = date ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date) : null;
  if (!match) return null;
  const year = Number(match[1]) * 10_000;
  if (match[3]) return [year + Number(match[2]) * 100 + Number(match[3]), year + Number(match[2]) * 100 + Number(match[3])];
  if (match[2]) return [year + Number(match[2]) * 100 + 1, year + Number(match[2]) * 100 + 31];
  return [year + 101, year + 1231];
}
