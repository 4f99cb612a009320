import type { Klass, LexicalNode } from 'lexical';

import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { CitationNode } from './CitationNode';
import { MemoSectionNode } from './MemoSectionNode';

export { $createCitationNode, $isCitationNode, CitationNode } from './CitationNode';
export type { SerializedCitationNode } from './CitationNode';

/**
 * Every node a memo may contain. The editor, the headless editor and anything that parses a
 * stored memo register exactly this list, so a memo saved by one opens in the others.
 */
export const memoNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CitationNode,
  MemoSectionNode,
];
