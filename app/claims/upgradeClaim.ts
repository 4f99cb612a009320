import { parseClaim } from '../model/parseClaim';
import type { Claim, Evidence } from '../model/types';
import { parseFigure } from './parseFigure';

/** What the upgrade knows about a passage: its words and its source. */
export interface PassageFacts {
  readonly quote: string;
  readonly sourceId: string;
}

/**
 * A claim written by schema version 1 (statement, attribution, tags, status, evidence of
 * highlight + stance) with the fields version 2 added: no entity and no subject (only the
 * analyst can say), each passage's figure read from its words, the claim's figure taken from
 * its first supporting passage, and an audit trail that starts with its creation from the
 * source of its first passage.
 *
 * @throws ParseError when the record is no claim at all
 */
export function claimFromVersion1(
  raw: unknown,
  passageOf: (highlightId: string) => PassageFacts | null,
): Claim {
  const claim = parseClaim(raw);
  const evidence: Evidence[] = claim.evidence.map((e) => {
    const quote = passageOf(e.highlightId)?.quote;
    return { ...e, figure: e.figure ?? (quote ? parseFigure(quote) : null) };
  });
  const firstSupport = evidence.find((e) => e.stance === 'supports' && e.figure);
  const firstSource =
    evidence.length > 0 ? (passageOf(evidence[0]!.highlightId)?.sourceId ?? null) : null;
  return {
    ...claim,
    evidence,
    figure: claim.figure ?? firstSupport?.figure ?? null,
    history:
      claim.history.length > 0
        ? claim.history
        : [{ at: claim.createdAt, action: 'created', sourceId: firstSource, detail: 'Created' }],
  };
}
