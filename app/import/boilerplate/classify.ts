import type { BlockKind } from '../../model/types';
import { isBulleted, isHeadlineLike, isProse, endsLikeSentence } from '../shapes';
import { furnitureRule, isCaption, isPlayerResidue, isSectionBreak } from './patterns';

/** What the metadata pass found at the top of the article, which the context rules need. */
export interface ArticleHead {
  /** Index of the headline paragraph, or null when none was found. */
  readonly titleIndex: number | null;
  /** Paragraphs that carry metadata (headline, byline, dateline): always body. */
  readonly keep: ReadonlySet<number>;
}

/** A short line that is not a sentence: an image's alt text, a video's title. */
function isLabel(text: string): boolean {
  return text.length <= 200 && !endsLikeSentence(text);
}

/**
 * After a "Recommended Stories" heading: the list of headlines (bulleted or not), each with an
 * optional teaser paragraph. The list ends at the second prose paragraph in a row.
 */
function flagRelatedList(paragraphs: readonly string[], from: number, kinds: BlockKind[]): void {
  let teaserAllowed = true;
  for (let index = from + 1; index < paragraphs.length; index++) {
    const text = paragraphs[index] ?? '';
    const isItem = isBulleted(text) || isHeadlineLike(text) || isSectionBreak(text) || furnitureRule(text) !== null;
    if (isItem) {
      teaserAllowed = true;
    } else if (teaserAllowed) {
      teaserAllowed = false;
    } else {
      return;
    }
    kinds[index] = 'boilerplate';
  }
}

/** An author card at the end: "Jane Doe" then "Jane Doe covers energy for …". */
function isAuthorCard(name: string, next: string | undefined): boolean {
  if (next === undefined || name.length > 60 || endsLikeSentence(name) || !isHeadlineLike(name)) return false;
  return next.startsWith(`${name} `) && !isProse(name);
}

/**
 * Flags each paragraph as body or boilerplate: first on its own (banners, player residue,
 * prompts, footers), then in context (captions after a credit, the list after "Related
 * Articles", page furniture above the headline, an author card at the end).
 */
export function classifyParagraphs(paragraphs: readonly string[], head: ArticleHead): BlockKind[] {
  const kinds: BlockKind[] = paragraphs.map((text) => (furnitureRule(text) === null ? 'body' : 'boilerplate'));
  paragraphs.forEach((text, index) => {
    const next = paragraphs[index + 1];
    // A video's title sits right above the player's "please wait".
    if (next !== undefined && isLabel(text) && isPlayerResidue(next)) kinds[index] = 'boilerplate';
    // An image's alt text sits right above its caption or credit.
    if (next !== undefined && isLabel(text) && isCaption(next)) kinds[index] = 'boilerplate';
    if (isSectionBreak(text)) flagRelatedList(paragraphs, index, kinds);
    if (index >= paragraphs.length * 0.75 && isAuthorCard(text, next)) {
      kinds[index] = 'boilerplate';
      kinds[index + 1] = 'boilerplate';
    }
  });
  if (head.titleIndex !== null) {
    for (let index = 0; index < head.titleIndex; index++) {
      if ((paragraphs[index] ?? '').length < 200) kinds[index] = 'boilerplate';
    }
  }
  for (const index of head.keep) kinds[index] = 'body';
  return kinds;
}
