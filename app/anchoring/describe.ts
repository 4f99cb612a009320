import type { Selector } from '../model/types';

/** How many characters of context a selector keeps on each side of the quote by default. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Describes `text.slice(start, end)` as a W3C Web Annotation selector: the quote with up to
 * `contextLength` characters of context on each side (TextQuote) and the offsets (TextPosition).
 * Both are stored so the passage can be found again after the text changes.
 *
 * @throws Error when the range is empty, reversed, outside the text, or splits a UTF-16
 *   surrogate pair (a selection can never do that, so it is a caller's bug).
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): Selector {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new Error(`Cannot describe range ${start}–${end}: offsets must be whole numbers.`);
  }
  if (start < 0 || end > text.length) {
    throw new Error(
      `Cannot describe range ${start}–${end}: it lies outside the text (0–${text.length}).`,
    );
  }
  if (end <= start) {
    throw new Error(`Cannot describe range ${start}–${end}: the selection is empty.`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new Error(`Cannot describe range ${start}–${end}: it splits a character in two.`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new Error(`Context length must be a whole number ≥ 0, got ${contextLength}.`);
  }
  let prefixStart = Math.max(0, start - contextLength);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { start, end },
  };
}

/** True when `offset` falls between the two halves of an astral character (e.g. an emoji). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
