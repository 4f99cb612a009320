/** The groups of the palette, in the order they are listed. */
export const PALETTE_GROUPS = ['Commands', 'Sources', 'Claims', 'Memos'] as const;
export type PaletteGroup = (typeof PALETTE_GROUPS)[number];

/** One thing the palette can find. `run` is what Enter does; `alternate` what Shift+Enter does. */
export interface PaletteEntry {
  readonly id: string;
  readonly group: PaletteGroup;
  readonly label: string;
  /** A second line: outlet and date, attribution and status, a shortcut. */
  readonly detail?: string;
  /** Words matched but not shown. */
  readonly keywords?: string;
  readonly shortcutText?: string;
  readonly run: () => void;
  readonly alternate?: { readonly label: string; readonly run: () => void };
}

/** How many entries of each group show; commands are few and all show. */
const GROUP_LIMIT: Readonly<Record<PaletteGroup, number>> = { Commands: 30, Sources: 8, Claims: 8, Memos: 6 };

/** Lower case without accents, so "toqaev" finds "Toqaev" and "nour" finds "Nour-Sultan". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * How well an entry matches the query: null when some query word is missing. Every word must
 * appear somewhere; a label that starts with the query ranks first, then words that start a word
 * of the label, then matches in the label, then matches only in the details.
 */
export function scoreEntry(entry: PaletteEntry, query: string): number | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  const label = fold(entry.label);
  const haystack = `${label} ${fold(entry.detail ?? '')} ${fold(entry.keywords ?? '')}`;
  if (!words.every((word) => haystack.includes(word))) return null;
  let score = 0;
  if (label.startsWith(words.join(' '))) score += 100;
  for (const word of words) {
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(word)}`, 'u').test(label)) score += 10;
    else if (label.includes(word)) score += 5;
  }
  return score;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The entries that match, grouped in palette order, best first within each group, each group capped. */
export function searchPalette(entries: readonly PaletteEntry[], query: string): PaletteEntry[] {
  const scored = entries.flatMap((entry, order) => {
    const score = scoreEntry(entry, query);
    return score === null ? [] : [{ entry, score, order }];
  });
  return PALETTE_GROUPS.flatMap((group) =>
    scored
      .filter(({ entry }) => entry.group === group)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, GROUP_LIMIT[group])
      .map(({ entry }) => entry),
  );
}
