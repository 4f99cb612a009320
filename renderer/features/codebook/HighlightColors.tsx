import { isTagColor } from '../../../app/codebook';

interface HighlightColorsProps {
  /** Highlight id → tag colour (see `useClaimsData`). */
  readonly colors: ReadonlyMap<string, string> | undefined;
  /** The highlights on screen (the open source's): only theirs get a rule. */
  readonly shown: readonly { readonly id: string }[];
}

const SAFE_ID = /^[\w-]+$/;

/**
 * Paints each highlight in the colour of its claim's first tag, as one stylesheet rather than
 * per-mark styles, so the Reader stays unaware of tags. Ids and colours are checked before they
 * reach CSS (a colour comes from an imported codebook). The tag colour is mixed into the page
 * background — a light tint in the light theme, a dark one in the dark theme — so the text on it
 * keeps its contrast; the `<mark>` itself still says "highlight" to screen readers.
 */
export function HighlightColors({ colors, shown }: HighlightColorsProps) {
  if (!colors || colors.size === 0) return null;
  const selectors: string[] = [];
  const variables: string[] = [];
  // Rules for the marks on screen only: one per highlight of 20,000 claims made a 6.7 MB
  // stylesheet that every restyle of the app had to match against.
  for (const { id } of shown) {
    const color = colors.get(id);
    if (!color || !SAFE_ID.test(id) || !isTagColor(color)) continue;
    const selector = `mark[data-highlight-id="${id}"]`;
    selectors.push(selector);
    variables.push(`${selector}{--tag-color:${color}}`);
  }
  if (selectors.length === 0) return null;
  const marks = `:is(${selectors.join(',')})`;
  const dark = 'background-color:color-mix(in srgb,var(--tag-color) 30%,var(--bg))';
  const css = [
    ...variables,
    `${marks}{background-color:color-mix(in srgb,var(--tag-color) 60%,var(--panel))}`,
    `[data-theme='dark'] ${marks}{${dark}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme]) ${marks}{${dark}}}`,
  ].join('\n');
  return <style data-testid="highlight-colors">{css}</style>;
}
