import type { SerializedMemoNode } from '../model/types';
import { renderInline } from './markdownInline';
import type { InlineContext } from './markdownInline';
import { codeBlock } from './markdownText';
import { childrenOf, plainText } from './memoNodes';

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'code',
  'horizontalrule',
]);

/**
 * Renders a memo's block nodes (Lexical paragraph, heading, quote, list, code, rule) as
 * Markdown blocks, one string each, to be joined by blank lines. Empty paragraphs, which the
 * editor keeps for spacing, are dropped. Unknown element nodes render their children, so no
 * text — and no citation — is lost to a node type this exporter has not met.
 */
export function renderBlocks(
  nodes: readonly SerializedMemoNode[],
  context: InlineContext,
): readonly string[] {
  const blocks: string[] = [];
  let inline: SerializedMemoNode[] = [];
  const flushInline = (): void => {
    const text = renderInline(inline, context);
    if (text !== '') blocks.push(text);
    inline = [];
  };
  for (const node of nodes) {
    if (!isBlock(node)) {
      inline.push(node);
      continue;
    }
    flushInline();
    const block = renderBlock(node, context);
    if (block !== '') blocks.push(block);
  }
  flushInline();
  return blocks;
}

function renderBlock(node: SerializedMemoNode, context: InlineContext): string {
  const children = childrenOf(node);
  switch (node.type) {
    case 'heading': {
      const level = /^h([1-6])$/.exec(node.tag ?? '')?.[1] ?? '1';
      const text = renderInline(children, { ...context, singleLine: true });
      return text === '' ? '' : `${'#'.repeat(Number(level))} ${text.replace(/#$/, '\\#')}`;
    }
    case 'quote': {
      const body = children.some(isBlock)
        ? renderBlocks(children, context).join('\n\n')
        : renderInline(children, context);
      return body === '' ? '' : prefixLines(body, '> ', '>');
    }
    case 'list':
      return renderList(node, context);
    case 'code':
      return codeBlock(plainText(children), typeof node.language === 'string' ? node.language : '');
    case 'horizontalrule':
      return '---';
    default:
      // paragraph, a stray listitem, or an element type this exporter does not know.
      return children.some(isBlock)
        ? renderBlocks(children, context).join('\n\n')
        : renderInline(children, context);
  }
}

/**
 * A list, one line per item (tight). Lexical nests a list inside an extra list item that holds
 * only that list; it is indented under the item before it and takes no number of its own.
 */
function renderList(list: SerializedMemoNode, context: InlineContext): string {
  const ordered = list.listType === 'number';
  const checklist = list.listType === 'check';
  let number = typeof list.start === 'number' ? list.start : 1;
  let indent = '  ';
  const lines: string[] = [];
  for (const item of childrenOf(list)) {
    const children = childrenOf(item);
    const inline = children.filter((child) => !isBlock(child));
    const nested = children.filter(isBlock).map((child) => renderBlock(child, context));
    let marker = '';
    if (inline.length > 0 || nested.length === 0 || lines.length === 0) {
      marker = ordered ? `${number}.` : checklist ? `- [${item.checked ? 'x' : ' '}]` : '-';
      if (ordered) number += 1;
      indent = ' '.repeat((checklist ? 1 : marker.length) + 1);
      const text = renderInline(inline, context);
      lines.push(text === '' ? marker : prefixLines(text, `${marker} `, '', indent));
    }
    for (const block of nested.filter((text) => text !== '')) {
      lines.push(prefixLines(block, indent, '', indent));
    }
  }
  return lines.join('\n');
}

/** Prefixes the first line with `first` and the rest with `rest` (`empty` for blank lines). */
function prefixLines(text: string, first: string, empty: string, rest: string = first): string {
  return text
    .split('\n')
    .map((line, index) =>
      line === '' ? empty || rest.trimEnd() : (index === 0 ? first : rest) + line,
    )
    .join('\n');
}


function isBlock(node: SerializedMemoNode): boolean {
  return BLOCK_TYPES.has(node.type);
}

