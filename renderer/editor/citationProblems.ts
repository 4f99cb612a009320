import { createContext } from 'react';

/** What is wrong with a citation, as the editor shows it on its footnote marker. */
export interface CitationFlag {
  /** Short, for the marker's accessible name: "quotation differs from the source". */
  readonly label: string;
  /** The whole sentence, for the hover title and the accessible description. */
  readonly message: string;
}

/** Footnote number → its flag. Numbers are derived from document order, as the export's are. */
export type CitationFlags = ReadonlyMap<number, CitationFlag>;

/** Given by MemoEditor to every footnote it renders; empty when nothing is flagged. */
export const CitationFlagsContext = createContext<CitationFlags>(new Map());
