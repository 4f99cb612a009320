import type { PartialIsoDate } from '../../model/types';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
  // Russian, genitive as dates are written ("16 декабря 2021").
  января: 1,
  февраля: 2,
  марта: 3,
  апреля: 4,
  мая: 5,
  июня: 6,
  июля: 7,
  августа: 8,
  сентября: 9,
  октября: 10,
  ноября: 11,
  декабря: 12,
};

const MONTH = `(${Object.keys(MONTHS).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

/** Date shapes, most specific first; each yields [year, month, day] from its groups. */
const SHAPES: ReadonlyArray<{
  readonly pattern: RegExp;
  readonly parts: (m: RegExpExecArray) => [string?, string?, string?];
}> = [
  {
    pattern: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?![\\d])`, 'u'),
    parts: (m) => [m[1], m[2], m[3]],
  },
  {
    pattern: new RegExp(`\\b${YEAR}/(\\d{1,2})/(\\d{1,2})\\b`, 'u'),
    parts: (m) => [m[1], m[2], m[3]],
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'iu'),
    parts: (m) => [m[3], m[1], m[2]],
  },
  {
    pattern: new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'iu'),
    parts: (m) => [m[3], m[2], m[1]],
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}\\b`, 'u'),
    parts: (m) => [m[3], m[2], m[1]],
  },
  {
    pattern: new RegExp(`(?<![\\p{L}])${MONTH},?\\s+${YEAR}\\b`, 'iu'),
    parts: (m) => [m[2], m[1]],
  },
];

const pad = (value: number): string => String(value).padStart(2, '0');

function toIso(year?: string, month?: string, day?: string): PartialIsoDate | null {
  if (year === undefined) return null;
  const y = Number(year);
  if (month === undefined) return String(y);
  const m = /^\d+$/.test(month) ? Number(month) : MONTHS[month.toLowerCase().replace(/\.$/, '')];
  if (m === undefined || m < 1 || m > 12) return null;
  if (day === undefined) return `${y}-${pad(m)}`;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A date found in a text: the ISO (possibly partial) date and where it was written. */
export interface FoundDate {
  readonly date: PartialIsoDate;
  readonly index: number;
  readonly length: number;
}

/**
 * The first date with a year written in `text`: "December 16, 2021", "16 December 2021",
 * "Jan. 6, 2022", "2022-01-15", "15.01.2022", "16 декабря 2021", or just "March 2019" (→ "2019-03").
 */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { pattern, parts } of SHAPES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const date = toIso(...parts(match));
    // Earliest position wins; at the same position the more specific shape (listed first) wins.
    if (date !== null && (best === null || match.index < best.index))
      best = { date, index: match.index, length: match[0].length };
  }
  return best;
}

/** True for a short line that is only a date, perhaps with "Published", a weekday or a time. */
export function isDateLine(text: string): boolean {
  if (text.length > 100) return false;
  const found = findDate(text);
  if (found === null) return false;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.length)).toLowerCase();
  return /^[\s\W]*(?:(?:published|posted|updated|last updated|date|on)\b[\s:]*)*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?[\s\W]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?)?[\s\W]*$/i.test(
    rest,
  );
}
