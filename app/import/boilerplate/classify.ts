import type { BlockKind } from '../../model/types';
import { findAuthorCard } from '../metadata/authorCard';
import { endsLikeSentence, isBulleted, isHeadlineLike } from '../shapes';
import { furnitureRule, isCaption, isPlayerResidue, isSectionBreak } from './patterns';

/** What the metadata pass found at the top of the article, which the context rules need. */
export interface ArticleHead {
  /** Index of the headline paragraph, or null when none was found. */
  readonly titleIndex: number | null;
  /**
   * Paragraphs that only carry metadata (headline, byline, date line). They are flagged too:
   * their content lives on in the source's fields, the Reader shows the title from there, and
   * paragraph numbers in citations then start at the lede, as a reader counts them.
   */
  readonly metadata: ReadonlySet<number>;
}

/** A short line that is not a sentence: an image's alt text, a video's title. */
function isLabel(text: string): boolean {
  return text.length <= 200 && !endsLikeSentence(text);
}

/**
 * After a "Recommended Stories" heading: the list of headlines (bulleted or not). A prose
 * paragraph belongs to the list only as a teaser — right under the heading, under a bulleted
 * headline, or cut off with an ellipsis; any other prose means the article has resumed.
 */
function flagRelatedList(paragraphs: readonly string[], from: number, kinds: BlockKind[]): void {
  let teaserAllowed = true;
  for (let index = from + 1; index < paragraphs.length; index++) {
    const text = paragraphs[index] ?? '';
    const isItem =
      isBulleted(text) ||
      isHeadlineLike(text) ||
      isSectionBreak(text) ||
      furnitureRule(text) !== null;
    if (isItem) {
      teaserAllowed = isBulleted(text) || isSectionBreak(text);
    } else if (teaserAllowed || /(?:…|\.\.\.|›)\s*$/u.test(text)) {
      teaserAllowed = false;
    } else {
      return;
    }
    kinds[index] = 'boilerplate';
  }
}

/**
 * Flags each paragraph as body or boilerplate: first on its own (banners, player residue,
 * prompts, footers), then in context (captions after a credit, the list after "Related
 * Articles", page furniture above the headline, an author card at the end), and the lines of
 * the head that became metadata.
 */
export function classifyParagraphs(paragraphs: readonly string[], head: ArticleHead): BlockKind[] {
  const kinds: BlockKind[] = paragraphs.map((text) =>
    furnitureRule(text) === null ? 'body' : 'boilerplate',
  );
  paragraphs.forEach((text, index) => {
    const next = paragraphs[index + 1];
    // A video's title sits right above the player's "please wait".
    if (next !== undefined && isLabel(text) && isPlayerResidue(next)) kinds[index] = 'boilerplate';
    // An image's alt text sits right above its caption or credit.
    if (next !== undefined && isLabel(text) && isCaption(next)) kinds[index] = 'boilerplate';
    if (isSectionBreak(text)) flagRelatedList(paragraphs, index, kinds);
  });
  const card = findAuthorCard(paragraphs);
  if (card !== null) {
    kinds[card] = 'boilerplate';
    kinds[card + 1] = 'boilerplate';
  }
  if (head.titleIndex !== null) {
    for (let index = 0; index < head.titleIndex; index++) {
      if ((paragraphs[index] ?? '').length < 200) kinds[index] = 'boilerplate';
    }
  }
  for (const index of head.metadata) kinds[index] = 'boilerplate';
  return kinds;
}
