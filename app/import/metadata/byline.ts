import { findDate } from './dates';
import { agencyName, fixNameCase, outletOfAuthor, splitNames } from './names';

/** What a byline says: who wrote it, for whom, and sometimes when. */
export interface Byline {
  readonly authors: readonly string[];
  readonly outlet: string | null;
  readonly date: string | null;
}

const BY_PREFIX =
  /^(?:by|written by|words by|story by|authors?|par|von|por|автор|авторы|текст)\s*:?\s+(.+)$/iu;

/** One all-caps name of two to four words: "KIRILL ZARUBIN", "MARY-ANN O'NEIL". */
const CAPS_NAME = "\\p{Lu}[\\p{Lu}'’.-]*(?:\\s+\\p{Lu}[\\p{Lu}'’.-]*){1,3}";
const CAPS_NAMES = new RegExp(
  `^${CAPS_NAME}(?:(?:\\s*,\\s*|\\s+(?:and|AND|&)\\s+)${CAPS_NAME})+$`,
  'u',
);

function fromNames(namesText: string, date: string | null): Byline | null {
  const authors: string[] = [];
  let outlet: string | null = null;
  for (const name of splitNames(namesText)) {
    const agency = agencyName(name);
    if (agency !== null) {
      outlet ??= agency;
      continue;
    }
    if (name.split(/\s+/).length > 6) return null;
    authors.push(fixNameCase(name));
    outlet ??= outletOfAuthor(name);
  }
  if (authors.length === 0 && outlet === null) return null;
  return { authors, outlet, date };
}

/**
 * Reads a byline line: "By RFE/RL's Kazakh Service December 16, 2021", "By Jane Doe and John
 * Roe, Reuters", "Author: …", or a line of all-caps names ("KIRILL ZARUBIN and DASHA
 * LITVINOVA"). Returns null for any other line.
 */
export function parseByline(text: string): Byline | null {
  if (text.length > 160) return null;
  const prefixed = BY_PREFIX.exec(text);
  if (prefixed) {
    let rest = prefixed[1] ?? '';
    const found = findDate(rest);
    let date: string | null = null;
    if (found !== null && found.index > 0) {
      date = found.date;
      rest = rest.slice(0, found.index);
    }
    // "Jane Doe | Reuters", "Jane Doe — Reuters", "Jane Doe, Staff Writer"
    rest = rest
      .replace(/\s*(?:\||—|–|\s-\s)\s*/g, ', ')
      .replace(/,\s*(?:staff writer|senior \w+|reporter|correspondent)\b.*$/i, '');
    return fromNames(rest, date);
  }
  if (CAPS_NAMES.test(text)) return fromNames(text, null);
  return null;
}

/** A single all-caps name right under the headline ("KIRILL ZARUBIN") is a byline too. */
export function parseNameLine(text: string): Byline | null {
  return new RegExp(`^${CAPS_NAME}$`, 'u').test(text) && text.length <= 40
    ? fromNames(text, null)
    : null;
}

/** "Reporting by Jane Doe; Editing by John Roe" at the end of a wire story: the reporters. */
export function parseReportingCredit(text: string): readonly string[] {
  const match = /^(?:reporting|writing|additional reporting) by\s+([^;]+)/i.exec(text);
  if (!match || text.length > 200) return [];
  return splitNames(match[1] ?? '')
    .filter((name) => agencyName(name) === null)
    .map(fixNameCase);
}
