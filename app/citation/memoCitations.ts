import { CITATION_NODE_TYPE } from '../model/types';
import type { SerializedMemoNode, SerializedMemoState } from '../model/types';

/** A citation in a memo with the footnote number its position gives it. */
export interface MemoCitation {
  /** 1-based, in document order. Derived every time, never stored. */
  readonly number: number;
  readonly highlightId: string;
  readonly claimId: string | null;
}

/**
 * The memo's citation nodes in document order (depth-first, children left to right — the order
 * a reader meets them). This is the one numbering rule: the editor's footnote markers and every
 * export number citations by their index in this list, plus one.
 */
export function citationNodes(content: SerializedMemoState): readonly SerializedMemoNode[] {
  const found: SerializedMemoNode[] = [];
  // An explicit stack, not recursion: a pasted document can nest lists very deeply.
  const stack: SerializedMemoNode[] = [content.root];
  while (stack.length > 0) {
    const node = stack.pop() as SerializedMemoNode;
    if (node.type === CITATION_NODE_TYPE) found.push(node);
    const children = Array.isArray(node.children) ? node.children : [];
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return found;
}

/**
 * Every citation in a memo, numbered in document order. A malformed citation node still gets
 * its number (with an empty highlight id) so the numbers never shift between editor and export.
 */
export function listCitations(content: SerializedMemoState): readonly MemoCitation[] {
  return citationNodes(content).map((node, index) => ({
    number: index + 1,
    highlightId: typeof node.highlightId === 'string' ? node.highlightId : '',
    claimId: typeof node.claimId === 'string' ? node.claimId : null,
  }));
}
