import type { Figure } from '../model/types';

/** The key claims are grouped by: "Death toll " and "death  toll" are one subject. */
export function subjectKey(subject: string): string {
  return subject.trim().replace(/\s+/g, ' ').toLowerCase();
}

// The subjects analysts keep most, and the words that give them away in a passage.
const SUBJECT_CUES: readonly (readonly [string, RegExp])[] = [
  [
    'death toll',
    /\b(?:killed|killing|dead|deaths?|died|die|lives|bodies|liquidated|shot dead|death toll)\b/i,
  ],
  ['arrests', /\b(?:arrest(?:s|ed)?|detain(?:ed|ees?)?|detentions?|custody|jailed)\b/i],
  ['injured', /\b(?:injured|wounded|hurt|injuries)\b/i],
];

/**
 * A subject to start the claim form with, guessed from the passage: "About 164 people were
 * killed" → "death toll", "2,000 people had been detained" → "arrests". Empty when the passage
 * states no figure or gives no cue: a guess only saves typing, it is always editable.
 */
export function guessSubject(passage: string, figure: Figure | null): string {
  if (!figure) return '';
  const text = `${figure.unit} ${passage}`;
  let best: { subject: string; at: number } | null = null;
  for (const [subject, cue] of SUBJECT_CUES) {
    const at = text.search(cue);
    if (at >= 0 && (!best || at < best.at)) best = { subject, at };
  }
  return best?.subject ?? '';
}

/** Distinct subjects of `claims`, most used first, each with the spelling used most. */
export function listSubjects(
  subjects: readonly string[],
): { key: string; subject: string; count: number }[] {
  const byKey = new Map<string, { spellings: Map<string, number>; count: number }>();
  for (const subject of subjects) {
    const key = subjectKey(subject);
    if (!key) continue;
    const entry = byKey.get(key) ?? { spellings: new Map(), count: 0 };
    entry.count++;
    entry.spellings.set(subject.trim(), (entry.spellings.get(subject.trim()) ?? 0) + 1);
    byKey.set(key, entry);
  }
  return [...byKey.entries()]
    .map(([key, { spellings, count }]) => ({
      key,
      count,
      subject: [...spellings.entries()].sort((a, b) => b[1] - a[1])[0]![0],
    }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
