import { agencyName } from './names';

/**
 * The publisher named in a copyright line: "Copyright (c) 2021. RFE/RL, Inc. Reprinted…" →
 * "RFE/RL"; "© 2022 The Associated Press. All rights reserved." → "AP".
 */
export function outletFromCopyright(text: string): string | null {
  const match =
    /^(?:copyright\s*)?(?:\(c\)|©)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[.,]?\s*(?:by\s+)?(\p{L}[^.,]*?(?:\.\p{L}{2,}[^.,]*?)?)(?:,?\s+(?:Inc|LLC|Ltd|Limited|GmbH|Corp|Co)\b\.?|\.|,|\s+all rights reserved|$)/iu.exec(
      text,
    );
  // A photo credit ("© Jane Doe / AFP") is not a copyright line: those name a year or "Copyright".
  if (!/^(?:copyright\b|(?:©|\(c\))\s*\d{4})/i.test(text) || !match) return null;
  const name = (match[1] ?? '').trim();
  if (name.length < 2 || name.length > 60 || /^all rights/i.test(name)) return null;
  return agencyName(name) ?? name;
}

/**
 * The agency in a wire dateline: "ALMATY, Kazakhstan (AP) — …" → "AP",
 * "WASHINGTON (Reuters) - …" → "Reuters".
 */
export function outletFromDateline(text: string): string | null {
  const match =
    /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*[\p{L}\p{N} .]{2,40})?\s*\(([^()]{2,40})\)\s*(?:—|–|-{1,2})/u.exec(
      text,
    );
  if (!match) return null;
  const credit = (match[1] ?? '').trim();
  return agencyName(credit) ?? (/^[\p{Lu}][\p{L}/&. -]{1,30}$/u.test(credit) ? credit : null);
}
