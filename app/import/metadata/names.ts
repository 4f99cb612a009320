/** News agencies and wire services that appear in bylines and datelines, by their usual short name. */
const AGENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:the )?associated press$|^ap$/i, 'AP'],
  [/^reuters$|^thomson reuters$/i, 'Reuters'],
  [/^afp$|^agence france[- ]presse$/i, 'AFP'],
  [/^bloomberg(?: news)?$/i, 'Bloomberg'],
  [/^interfax(?:-kazakhstan)?$/i, 'Interfax'],
  [/^tass$/i, 'TASS'],
  [/^ria novosti$/i, 'RIA Novosti'],
  [/^dpa$/i, 'dpa'],
  [/^xinhua$/i, 'Xinhua'],
  [/^anadolu(?: agency)?$/i, 'Anadolu'],
  [/^kazinform$/i, 'Kazinform'],
  [/^upi$/i, 'UPI'],
];

/** The usual name of a news agency ("The Associated Press" → "AP"), or null if it is not one. */
export function agencyName(text: string): string | null {
  const trimmed = text.trim();
  for (const [pattern, name] of AGENCIES) if (pattern.test(trimmed)) return name;
  return null;
}

/** "KIRILL ZARUBIN" → "Kirill Zarubin", "JEAN-PAUL O'BRIEN" → "Jean-Paul O'Brien"; mixed case is kept. */
export function fixNameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’-])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

/** Splits "A, B and C" / "A & B" into names, cleaned of stray punctuation. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+(?:and|AND|&|и)\s+|\s*;\s*/u)
    .map((name) => name.replace(/^[^\p{L}\p{N}]+|[\s.,;:|–—-]+$/gu, '').trim())
    .filter((name) => name.length > 1 && /\p{L}/u.test(name));
}

/** Org-like author names: "RFE/RL's Kazakh Service", "Reuters Staff", "Moscow bureau". */
const ORGANIZATION =
  /\b(?:service|desk|bureau|staff|newsroom|correspondents?|team|editors|editorial board|agency|news)\b/i;

/** The outlet behind an org-like author: "RFE/RL's Kazakh Service" → "RFE/RL"; an agency → itself. */
export function outletOfAuthor(author: string): string | null {
  const agency = agencyName(author);
  if (agency !== null) return agency;
  if (!ORGANIZATION.test(author)) return null;
  const possessive = /^(.+?)['’]s\s/u.exec(author);
  return possessive?.[1]?.trim() ?? null;
}
