import { CITATION_NODE_TYPE } from '../model/types';
import type { SerializedMemoNode } from '../model/types';
import { childrenOf, plainText } from './memoNodes';

/**
 * A memo's body in a small, closed model that the HTML, Word and PDF exporters render: the
 * Lexical JSON's open-ended node types are read once, here, so every format shows the same
 * blocks, the same text and the same footnote numbers.
 */
export type MemoInline =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly bold: boolean;
      readonly italic: boolean;
      readonly underline: boolean;
      readonly strikethrough: boolean;
      readonly code: boolean;
    }
  | { readonly kind: 'break' }
  | { readonly kind: 'citation'; readonly number: number }
  | { readonly kind: 'link'; readonly url: string; readonly children: readonly MemoInline[] };

export type MemoBlock =
  | { readonly kind: 'paragraph'; readonly inlines: readonly MemoInline[] }
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2 | 3 | 4 | 5 | 6;
      readonly inlines: readonly MemoInline[];
    }
  | { readonly kind: 'quote'; readonly blocks: readonly MemoBlock[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly start: number;
      readonly items: readonly MemoListItem[];
    }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'rule' };

/** A list item: its own text, then any nested lists. */
export interface MemoListItem {
  readonly inlines: readonly MemoInline[];
  readonly blocks: readonly MemoBlock[];
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'code',
  'horizontalrule',
]);

// Lexical's TextNode format bits.
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const UNDERLINE = 8;
const CODE = 16;

/**
 * Reads a memo's root children into blocks. `citationNumber` gives each citation node its
 * footnote number (document order). Empty paragraphs are dropped; unknown element types keep
 * their children, so no text and no citation is lost.
 */
export function toMemoBlocks(
  nodes: readonly SerializedMemoNode[],
  citationNumber: (node: SerializedMemoNode) => number | undefined,
): readonly MemoBlock[] {
  const read = (children: readonly SerializedMemoNode[]): MemoBlock[] => {
    const blocks: MemoBlock[] = [];
    let loose: SerializedMemoNode[] = [];
    const flush = (): void => {
      const inlines = readInlines(loose);
      if (hasContent(inlines)) blocks.push({ kind: 'paragraph', inlines });
      loose = [];
    };
    for (const node of children) {
      if (!BLOCK_TYPES.has(node.type)) {
        loose.push(node);
        continue;
      }
      flush();
      const block = readBlock(node);
      if (block) blocks.push(...block);
    }
    flush();
    return blocks;
  };

  const readInlines = (children: readonly SerializedMemoNode[]): MemoInline[] =>
    children.flatMap((node): MemoInline[] => {
      if (node.type === CITATION_NODE_TYPE) {
        const number = citationNumber(node);
        return number === undefined ? [] : [{ kind: 'citation', number }];
      }
      if (node.type === 'linebreak') return [{ kind: 'break' }];
      if (node.type === 'tab') return [textRun('\t', 0)];
      if (node.type === 'link' || node.type === 'autolink') {
        const url = typeof node.url === 'string' ? node.url : '';
        const inner = readInlines(childrenOf(node));
        return url ? [{ kind: 'link', url, children: inner }] : inner;
      }
      if (typeof node.text === 'string') {
        return node.text === ''
          ? []
          : [textRun(node.text, typeof node.format === 'number' ? node.format : 0)];
      }
      return readInlines(childrenOf(node));
    });

  const readBlock = (node: SerializedMemoNode): MemoBlock[] | null => {
    const children = childrenOf(node);
    switch (node.type) {
      case 'heading': {
        const level = Number(/^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? '1') as
          1 | 2 | 3 | 4 | 5 | 6;
        const inlines = readInlines(children);
        return hasContent(inlines) ? [{ kind: 'heading', level, inlines }] : null;
      }
      case 'quote': {
        const blocks = children.some((child) => BLOCK_TYPES.has(child.type))
          ? read(children)
          : [{ kind: 'paragraph' as const, inlines: readInlines(children) }];
        return blocks.some((block) => block.kind !== 'paragraph' || hasContent(block.inlines))
          ? [{ kind: 'quote', blocks }]
          : null;
      }
      case 'list':
        return [readList(node)];
      case 'code':
        return [{ kind: 'code', text: plainText(children) }];
      case 'horizontalrule':
        return [{ kind: 'rule' }];
      default:
        return read(children);
    }
  };

  const readList = (list: SerializedMemoNode): MemoBlock => {
    const items: MemoListItem[] = [];
    for (const item of childrenOf(list)) {
      const children = childrenOf(item);
      const inlines = readInlines(children.filter((child) => !BLOCK_TYPES.has(child.type)));
      const blocks = read(children.filter((child) => BLOCK_TYPES.has(child.type)));
      const previous = items[items.length - 1];
      // Lexical nests a list in an extra item holding only that list: it belongs to the item before.
      if (!hasContent(inlines) && blocks.length > 0 && previous) {
        items[items.length - 1] = {
          inlines: previous.inlines,
          blocks: [...previous.blocks, ...blocks],
        };
      } else {
        items.push({ inlines, blocks });
      }
    }
    return {
      kind: 'list',
      ordered: list.listType === 'number',
      start: typeof list.start === 'number' ? list.start : 1,
      items,
    };
  };

  return read(nodes);
}

function textRun(text: string, format: number): MemoInline {
  return {
    kind: 'text',
    text,
    bold: (format & BOLD) !== 0,
    italic: (format & ITALIC) !== 0,
    underline: (format & UNDERLINE) !== 0,
    strikethrough: (format & STRIKETHROUGH) !== 0,
    code: (format & CODE) !== 0,
  };
}

function hasContent(inlines: readonly MemoInline[]): boolean {
  return inlines.some(
    (inline) =>
      inline.kind === 'citation' ||
      inline.kind === 'link' ||
      (inline.kind === 'text' && inline.text.trim() !== ''),
  );
}



/** The plain text of inlines (a heading's text for a PDF outline, a link's label). */
export function inlineText(inlines: readonly MemoInline[]): string {
  return inlines
    .map((inline) => {
      if (inline.kind === 'text') return inline.text;
      if (inline.kind === 'break') return ' ';
      if (inline.kind === 'link') return inlineText(inline.children);
      return '';
    })
    .join('');
}
