import { isTagColor } from '../../../app/codebook';

interface HighlightColorsProps {
  /** Highlight id → tag colour (see `useClaimsData`). */
  readonly colors: ReadonlyMap<string, string> | undefined;
}

const SAFE_ID = /^[\w-]+$/;

/**
 * Paints each highlight in the colour of its claim's first tag, as one stylesheet rather than
 * per-mark styles, so the Reader stays unaware of tags. Ids and colours are checked before they
 * reach CSS (a colour comes from an imported codebook); a mix keeps the text readable in the
 * light and the dark theme, and the `<mark>` itself still says "highlight" to screen readers.
 */
export function HighlightColors({ colors }: HighlightColorsProps) {
  if (!colors || colors.size === 0) return null;
  const rules: string[] = [];
  for (const [id, color] of colors) {
    if (!SAFE_ID.test(id) || !isTagColor(color)) continue;
    rules.push(
      `mark[data-highlight-id="${id}"]{background-color:color-mix(in srgb, ${color} 60%, transparent)}`,
    );
  }
  return <style data-testid="highlight-colors">{rules.join('\n')}</style>;
}
