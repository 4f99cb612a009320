/** Tag colours offered in turn: light enough to read text on, distinct from each other. */
export const TAG_PALETTE = [
  '#f4c542',
  '#7fb3e6',
  '#9bd39b',
  '#f19c9c',
  '#c7a4e8',
  '#f2b880',
  '#8fd3cf',
  '#e6a4c4',
] as const;

/** True for a `#rrggbb` colour, the only form stored (it goes into CSS, so nothing else may). */
export function isTagColor(value: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(value);
}

/** A colour as stored: `#rrggbb` lower case; `#rgb` widened; anything else is null. */
export function normalizeTagColor(value: string): string | null {
  const trimmed = value.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(trimmed);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return isTagColor(trimmed) ? trimmed : null;
}

/** The palette colour least used so far, so a new tag looks different from its neighbours. */
export function nextTagColor(used: readonly string[]): string {
  const counts = new Map<string, number>(TAG_PALETTE.map((c) => [c, 0]));
  for (const color of used) if (counts.has(color)) counts.set(color, counts.get(color)! + 1);
  let best: string = TAG_PALETTE[0];
  for (const color of TAG_PALETTE) if (counts.get(color)! < counts.get(best)!) best = color;
  return best;
}
