/** A passage the memo can cite from the keyboard: a highlight, or a claim through its first passage. */
export interface CitablePassage {
  /** Unique in the list: the claim id for a claim, else the highlight id. */
  readonly key: string;
  readonly quote: string;
  readonly highlightId: string;
  readonly claimId: string | null;
  /** The claim's statement, for a claim; null for a plain highlight. */
  readonly statement: string | null;
  readonly sourceTitle: string;
}

/** Reads the citable passages when the picker opens (not live: the list is short-lived). */
export type LoadCitables = () => Promise<readonly CitablePassage[]>;

const MAX_SHOWN = 50;

/**
 * The passages whose quote, claim statement or source title contain every word of `query`
 * (case- and accent-insensitive), claims first, at most 50: the list is for picking, not browsing.
 */
export function filterCitables(
  citables: readonly CitablePassage[],
  query: string,
): readonly CitablePassage[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = citables.filter((citable) => {
    const haystack = fold(`${citable.statement ?? ''} ${citable.quote} ${citable.sourceTitle}`);
    return words.every((word) => haystack.includes(word));
  });
  const claimsFirst = [
    ...matches.filter((c) => c.claimId !== null),
    ...matches.filter((c) => c.claimId === null),
  ];
  return claimsFirst.slice(0, MAX_SHOWN);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
