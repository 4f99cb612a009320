import { createContext } from 'react';

/** Describes a citation for its hover title and screen readers, e.g. "Reuters, “…”, para. 3". */
export type DescribeCitation = (highlightId: string, claimId: string | null) => string;

/** Given by MemoEditor to every footnote it renders (decorators render inside the composer). */
export const DescribeCitationContext = createContext<DescribeCitation | null>(null);
