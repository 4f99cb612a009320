/**
 * How deep an HTML page nests, estimated from its tags without parsing it. Extraction time grows
 * with the square of the depth (a page of 3,000 nested divs took minutes, and 6,000 unclosed
 * inline tags overflowed the stack), while real articles stay below a few dozen levels; so the
 * importer refuses a page deeper than {@link MAX_HTML_DEPTH} before parsing it.
 */
export const MAX_HTML_DEPTH = 256;

// Elements that never hold children, or whose end tag the parser implies at the next sibling:
// counting them would make an old page full of unclosed <p> and <li> look deep.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th tbody thead tfoot option optgroup colgroup caption rb rt rp'.split(' '),
);
// Their content is text to the parser, not tags.
const RAW_TEXT = /<(script|style|textarea|xmp|title|noscript|iframe|noembed|noframes|plaintext)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/** The deepest nesting of elements in `html`, counting only elements that can nest. */
export function htmlNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, rawName, selfClosing] of html.replace(RAW_TEXT, '').matchAll(TAG)) {
    const name = rawName!.toLowerCase();
    if (NOT_NESTING.has(name) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}
