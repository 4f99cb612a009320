import { CITATION_NODE_TYPE } from '../model/types';
import type { SerializedMemoNode, SerializedMemoState } from '../model/types';

const BLOCKS = new Set(['root', 'paragraph', 'heading', 'quote', 'list', 'listitem', 'code']);
const PAIRS: Readonly<Record<string, string>> = { '”': '“', '»': '«', '"': '"', '’': '‘' };

/**
 * What the memo quotes at each citation, in citation (footnote) order: the words in quotation
 * marks that end right before the citation — `“About 164 people were killed”¹`, as the editor
 * inserts them — or, in a block quote, the block's text up to the citation. `null` where the
 * citation follows no quotation (a paraphrase): there is nothing to compare.
 */
export function memoQuotes(content: SerializedMemoState): readonly (string | null)[] {
  const quotes: (string | null)[] = [];
  const visit = (node: SerializedMemoNode, block: { text: string; inQuote: boolean }): void => {
    if (node.type === CITATION_NODE_TYPE) {
      quotes.push(quotedBefore(block.text, block.inQuote));
      block.text = '';
      return;
    }
    if (typeof node.text === 'string') block.text += node.text;
    else if (node.type === 'linebreak') block.text += '\n';
    const children = Array.isArray(node.children) ? node.children : [];
    const inner = BLOCKS.has(node.type)
      ? { text: '', inQuote: block.inQuote || node.type === 'quote' }
      : block;
    for (const child of children) if (child && typeof child === 'object') visit(child, inner);
  };
  visit(content.root, { text: '', inQuote: false });
  return quotes;
}

/** The quotation that closes `text`, found by matching its marks backwards (nested ones too). */
export function quotedBefore(text: string, inQuoteBlock = false): string | null {
  const trimmed = text.replace(/\s+$/, '');
  const close = trimmed[trimmed.length - 1] ?? '';
  const open = PAIRS[close];
  if (open !== undefined && (close !== '’' || /\s‘|^‘/.test(trimmed))) {
    let depth = 0;
    for (let i = trimmed.length - 2; i >= 0; i -= 1) {
      const char = trimmed[i];
      if (open === close) {
        if (char === open) return trimmed.slice(i + 1, -1);
      } else if (char === close) depth += 1;
      else if (char === open) {
        if (depth === 0) return trimmed.slice(i + 1, -1);
        depth -= 1;
      }
    }
  }
  if (inQuoteBlock) {
    const whole = trimmed
      .trim()
      .replace(/^[“"«]/, '')
      .replace(/[”"»]$/, '');
    return whole === '' ? null : whole;
  }
  return null;
}

const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/;

/**
 * Whether the memo's quotation is verbatim from the passage: equal to it or an excerpt of it,
 * with `…` (or `...`, `[…]`) standing for words left out, segments in the source's order.
 * Whitespace is compared loosely (a passage spanning paragraphs is quoted on one line); every
 * other character — letters, digits, punctuation, quotation marks — must match exactly.
 */
export function quoteMatches(memoQuote: string, exact: string): boolean {
  const source = squash(exact);
  const segments = memoQuote
    .split(ELLIPSIS)
    .map(squash)
    .filter((segment) => segment !== '');
  if (segments.length === 0) return false;
  let from = 0;
  for (const segment of segments) {
    const index = source.indexOf(segment, from);
    if (index === -1) return false;
    from = index + segment.length;
  }
  return true;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
