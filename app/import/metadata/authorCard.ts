import { endsLikeSentence, isHeadlineLike } from '../shapes';

/**
 * An author card at the end of a page: a name line, then a bio that starts with the same name
 * ("RFE/RL's Kazakh Service" / "RFE/RL's Kazakh Service offers informed reporting…"). Returns
 * the index of the name line, looking only at the last quarter of the paragraphs.
 */
export function findAuthorCard(paragraphs: readonly string[]): number | null {
  for (let index = Math.floor(paragraphs.length * 0.75); index < paragraphs.length - 1; index++) {
    const name = paragraphs[index] ?? '';
    const bio = paragraphs[index + 1] ?? '';
    if (
      name.length <= 60 &&
      isHeadlineLike(name) &&
      !endsLikeSentence(name) &&
      bio.startsWith(`${name} `)
    )
      return index;
  }
  return null;
}
