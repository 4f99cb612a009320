import { CITATION_NODE_TYPE } from '../model/types';
import type { SerializedMemoNode } from '../model/types';
import {
  codeSpan,
  escapeInlineText,
  escapeLineStart,
  linkDestination,
  urlText,
} from './markdownText';

/** What inline rendering needs from the document as a whole. */
export interface InlineContext {
  /** The footnote number of a citation node (document order). */
  readonly citationNumber: (node: SerializedMemoNode) => number | undefined;
  /** Inside an ATX heading a line break would end the heading: it becomes a space. */
  readonly singleLine?: boolean;
}

// Lexical's TextNode format bits.
const BOLD = 1;
const ITALIC = 2;
const STRIKETHROUGH = 4;
const CODE = 16;

type Mark = '**' | '*' | '~~';

/**
 * Renders a block's inline children (Lexical text, linebreak, tab, link, citation) as one
 * Markdown string; hard line breaks are `\` + newline. Emphasis markers are opened and closed
 * like a stack across adjacent text nodes, and whitespace is kept outside them, because
 * `**bold **` or `**a****b**` would not render as bold.
 */
export function renderInline(nodes: readonly SerializedMemoNode[], context: InlineContext): string {
  const writer = new InlineWriter(context);
  writer.write(nodes);
  return writer.finish();
}

class InlineWriter {
  private out = '';
  private readonly open: Mark[] = [];
  private pendingSpace = '';
  private atLineStart = true;
  private afterLeadingCitation = false;

  constructor(private readonly context: InlineContext) {}

  write(nodes: readonly SerializedMemoNode[]): void {
    for (const node of nodes) this.node(node);
  }

  finish(): string {
    this.closeMarks(0);
    return this.out.replace(/(\\\n)+$/, '');
  }

  private node(node: SerializedMemoNode): void {
    if (node.type === CITATION_NODE_TYPE) return this.citation(node);
    if (node.type === 'linebreak') return this.lineBreak();
    if (node.type === 'tab') return this.space('\t');
    if (node.type === 'link' || node.type === 'autolink') return this.link(node);
    if (typeof node.text === 'string') return this.text(node.text, formatOf(node));
    if (Array.isArray(node.children)) this.write(node.children);
  }

  private space(whitespace: string): void {
    this.pendingSpace += whitespace;
  }

  private text(text: string, format: number): void {
    text.split('\n').forEach((line, index) => {
      if (index > 0) this.lineBreak();
      this.segment(line, format);
    });
  }

  private segment(raw: string, format: number): void {
    const text = this.atLineStart ? raw.replace(/^\s+/, '') : raw;
    const core = text.trim();
    if (core === '') return this.space(text);
    const lead = text.slice(0, text.indexOf(core));
    const trail = text.slice(lead.length + core.length);
    let body = format & CODE ? codeSpan(core) : escapeInlineText(core);
    if (this.atLineStart && !(format & CODE)) body = escapeLineStart(body);
    // `[^1]: …` at the start of a line would turn the paragraph into a footnote definition.
    if (this.afterLeadingCitation && body.startsWith(':')) body = `\\${body}`;
    const target = marksOf(format);
    let keep = 0;
    while (keep < this.open.length && target.includes(this.open[keep] as Mark)) keep += 1;
    this.closeMarks(keep);
    const opening = target.filter((mark) => !this.open.includes(mark));
    this.open.push(...opening);
    this.out += this.takeSpace() + lead + opening.join('') + body;
    this.pendingSpace = trail;
    this.atLineStart = false;
    this.afterLeadingCitation = false;
  }

  private citation(node: SerializedMemoNode): void {
    const number = this.context.citationNumber(node);
    if (number === undefined) return;
    // Close emphasis first: `**text [^1]**` followed by a letter would not close.
    this.closeMarks(0);
    this.out += `${this.takeSpace()}[^${number}]`;
    this.afterLeadingCitation = this.atLineStart;
    this.atLineStart = false;
  }

  private lineBreak(): void {
    if (this.context.singleLine) return this.space(' ');
    this.closeMarks(0);
    this.pendingSpace = '';
    if (this.out !== '' && !this.atLineStart) this.out += '\\\n';
    this.atLineStart = true;
    this.afterLeadingCitation = false;
  }

  private link(node: SerializedMemoNode): void {
    const url = typeof node.url === 'string' ? node.url : '';
    const children = Array.isArray(node.children) ? node.children : [];
    const label = renderInline(children, { ...this.context, singleLine: true });
    if (!url) return this.write(children);
    this.closeMarks(0);
    this.out += this.takeSpace() + (label ? `[${label}](${linkDestination(url)})` : urlText(url));
    this.atLineStart = false;
    this.afterLeadingCitation = false;
  }

  /** Whitespace waiting to be written; dropped at the start of a line, where it would indent. */
  private takeSpace(): string {
    const space = this.atLineStart ? '' : this.pendingSpace;
    this.pendingSpace = '';
    return space;
  }

  /** Closes open emphasis down to `depth`, innermost first, before any pending whitespace. */
  private closeMarks(depth: number): void {
    while (this.open.length > depth) this.out += this.open.pop();
  }
}

function formatOf(node: SerializedMemoNode): number {
  return typeof node.format === 'number' ? node.format : 0;
}

function marksOf(format: number): Mark[] {
  const marks: Mark[] = [];
  if (format & BOLD) marks.push('**');
  if (format & ITALIC) marks.push('*');
  if (format & STRIKETHROUGH) marks.push('~~');
  return marks;
}
