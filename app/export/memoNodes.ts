import type { SerializedMemoNode } from '../model/types';

/** A serialized node's children; none for leaves or a malformed `children` field. */
export function childrenOf(node: SerializedMemoNode): readonly SerializedMemoNode[] {
  return Array.isArray(node.children) ? node.children : [];
}

/** The text of nodes verbatim (a code block's text): line breaks as newlines, tabs as tabs. */
export function plainText(nodes: readonly SerializedMemoNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'linebreak') return '\n';
      if (node.type === 'tab') return '\t';
      if (typeof node.text === 'string') return node.text;
      return plainText(childrenOf(node));
    })
    .join('');
}
