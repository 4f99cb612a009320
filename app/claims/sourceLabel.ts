/** How a source is named in tight places (Compare, the Claims view): its outlet, else a shortened title. */
export function sourceLabel(
  source: { readonly outlet: string | null; readonly title: string },
  max = 32,
): string {
  if (source.outlet) return source.outlet;
  return source.title.length > max
    ? `${source.title.slice(0, max - 1).replace(/[\s,;:.\-–—]+$/, '')}…`
    : source.title;
}
