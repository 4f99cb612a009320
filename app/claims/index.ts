export {
  addEvidence,
  createClaim,
  editClaim,
  mergeClaims,
  removeEvidence,
  setEvidenceStance,
} from './claimEdits';
export type { ClaimFields, NewClaimInput } from './claimEdits';
export {
  ANY_CLAIM,
  CLAIM_SORTS,
  countByTagTree,
  countClaims,
  filterClaims,
  matchesFilter,
} from './claimFilter';
export type { ClaimCounts, ClaimFilter, ClaimSort } from './claimFilter';
export { claimRecord } from './claimRecord';
export type { ClaimLookups, ClaimRecord, PassageRecord, SourceSummary } from './claimRecord';
export { claimReviewJsonLd } from './claimReview';
export { compareRows, compareSummary } from './compare';
export type { CompareRow } from './compare';
export { figureInterval, figuresDisagree, intervalsOverlap } from './figureInterval';
export type { FigureInterval } from './figureInterval';
export { formatAmount, formatFigure, formatQualifier } from './formatFigure';
export { LEDGER_CSV_COLUMNS, ledgerCsv, ledgerJson } from './ledger';
export { findFigures, parseFigure } from './parseFigure';
export type { FigureMatch } from './parseFigure';
export { guessSubject, listSubjects, subjectKey } from './subject';
export { claimFromVersion1 } from './upgradeClaim';
export type { PassageFacts } from './upgradeClaim';
export { sourceLabel } from './sourceLabel';
