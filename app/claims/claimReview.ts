import type { ClaimStatus, EntityKind } from '../model/types';
import type { ClaimRecord } from './claimRecord';

// schema.org ClaimReview ratings: a verdict on a 1–3 scale, worst to best, named in words.
const VERDICTS: Partial<Record<ClaimStatus, { value: number; name: string }>> = {
  false: { value: 1, name: 'False' },
  disputed: { value: 2, name: 'Disputed' },
  corroborated: { value: 3, name: 'Corroborated' },
};

const PERSON_OR_BODY: Record<EntityKind, string> = {
  person: 'Person',
  body: 'Organization',
  place: 'Place',
};

/**
 * ClaimReview-style JSON-LD (schema.org) for the claims that have a verdict (corroborated,
 * disputed or false; unverified ones are left out): the claim as reviewed, its verdict as a
 * rating, who made it, and where it appeared (each supporting passage's source).
 */
export function claimReviewJsonLd(
  records: readonly ClaimRecord[],
  reviewer: string,
  exportedAt: string,
): string {
  const reviews = records.flatMap(({ claim, passages, entity }) => {
    const verdict = VERDICTS[claim.status];
    if (!verdict) return [];
    const appearances = passages
      .filter((p) => p.stance !== 'contradicts' && p.source)
      .map(({ source, highlight }) => ({
        '@type': 'NewsArticle',
        headline: source!.title,
        ...(source!.url ? { url: source!.url } : {}),
        ...(source!.publishedAt ? { datePublished: source!.publishedAt } : {}),
        ...(source!.outlet ? { publisher: { '@type': 'Organization', name: source!.outlet } } : {}),
        ...(source!.authors.length
          ? { author: source!.authors.map((name) => ({ '@type': 'Person', name })) }
          : {}),
        text: highlight.selector.quote.exact,
      }));
    const author = claim.attribution
      ? {
          '@type': entity ? PERSON_OR_BODY[entity.kind] : 'Thing',
          name: entity?.name ?? claim.attribution,
          ...(entity?.aliases.length ? { alternateName: entity.aliases } : {}),
        }
      : undefined;
    return [
      {
        '@type': 'ClaimReview',
        '@id': `urn:margin:claim:${claim.id}`,
        claimReviewed: claim.statement,
        datePublished: claim.updatedAt.slice(0, 10),
        author: { '@type': 'Organization', name: reviewer },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: verdict.value,
          bestRating: 3,
          worstRating: 1,
          alternateName: verdict.name,
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(author ? { author } : {}),
          ...(appearances.length
            ? { firstAppearance: appearances[0], appearance: appearances }
            : {}),
        },
      },
    ];
  });
  return `${JSON.stringify({ '@context': 'https://schema.org', dateCreated: exportedAt, '@graph': reviews }, null, 2)}\n`;
}
