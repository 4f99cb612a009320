import type { PartialIsoDate } from '../model/types';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A date written out for the reader (source lists, the Reader's header): `December 16, 2021`,
 * `December 2021` or `2021` for the partial dates imports often have. `null` for a missing or
 * malformed date, so a citation never prints a made-up day or the raw garbage.
 * A time part (`2021-12-16T09:30:00Z`) is ignored: notes cite the calendar date as published.
 */
export function formatPartialDate(date: PartialIsoDate | null | undefined): string | null {
  if (!date) return null;
  const match = PARTIAL_DATE.exec(date.trim());
  if (!match) return null;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return String(year);
  const month = Number(monthText);
  const monthName = MONTHS[month - 1];
  if (monthName === undefined) return null;
  if (dayText === undefined) return `${monthName} ${year}`;
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${monthName} ${day}, ${year}`;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any time-zone shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
