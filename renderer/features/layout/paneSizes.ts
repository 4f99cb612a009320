import type { SettingParser } from '../../storage/settings';

/** Widths in pixels of the panes beside the Reader; the Reader takes the rest. */
export interface PaneSizes {
  readonly sources: number;
  readonly memo: number;
}

export const DEFAULT_PANE_SIZES: PaneSizes = { sources: 290, memo: 420 };

/** How narrow and wide each side pane may be (the Reader keeps a readable measure between). */
export const PANE_LIMITS: Readonly<Record<keyof PaneSizes, { readonly min: number; readonly max: number }>> = {
  sources: { min: 200, max: 520 },
  memo: { min: 300, max: 760 },
};

/** One arrow press moves a separator this far; with Shift, four times as far. */
export const KEYBOARD_STEP = 16;

export function sameSizes(a: PaneSizes, b: PaneSizes): boolean {
  return a.sources === b.sources && a.memo === b.memo;
}

export function clampPane(pane: keyof PaneSizes, width: number): number {
  const { min, max } = PANE_LIMITS[pane];
  return Math.round(Math.min(max, Math.max(min, width)));
}

/** Stored sizes, clamped; null when the stored value is not a pair of numbers. */
export const parsePaneSizes: SettingParser<PaneSizes> = (value) => {
  if (typeof value !== 'object' || value === null) return null;
  const { sources, memo } = value as Record<string, unknown>;
  if (typeof sources !== 'number' || typeof memo !== 'number' || !Number.isFinite(sources) || !Number.isFinite(memo)) return null;
  return { sources: clampPane('sources', sources), memo: clampPane('memo', memo) };
};
