import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { ParagraphChild } from 'docx';

import type { FootnotePart } from '../citation';
import { safeLinkUrl } from './htmlEscape';
import type { MemoBlock, MemoInline } from './memoDocument';
import { bibliographyHeading } from './prepareMemo';
import type { MemoNote, PreparedMemo } from './prepareMemo';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;
const NUMBERED = 'memo-numbered';
const PROBLEM_COLOR = '9B1C1C';

/**
 * A prepared memo as a Word document: every citation a real Word footnote (footnotes.xml, with
 * a footnote reference in the text) holding its reference and the quote verbatim; headings,
 * bold and italic, lists, block quotes and links; the bibliography with hanging indents.
 */
export async function renderDocx(prepared: PreparedMemo): Promise<Uint8Array> {
  const writer = new DocxWriter();
  const children: Paragraph[] = [];
  if (prepared.title)
    children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [run(prepared.title)] }));
  if (prepared.problems.length > 0) {
    const count = prepared.problems.length;
    children.push(
      new Paragraph({
        children: [
          run(
            `Exported with ${count} citation ${count === 1 ? 'problem' : 'problems'}, marked in the notes.`,
            {
              bold: true,
              color: PROBLEM_COLOR,
            },
          ),
        ],
      }),
    );
  }
  for (const block of prepared.blocks) children.push(...writer.block(block, 0));
  if (prepared.bibliography.length > 0) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [run(bibliographyHeading(prepared.style))],
      }),
      ...prepared.bibliography.map(
        (entry) =>
          new Paragraph({
            indent: { left: 720, hanging: 720 },
            spacing: { after: 120 },
            children: styledRuns(entry),
          }),
      ),
    );
  }
  const document = new Document({
    creator: 'Margin',
    title: prepared.title || 'Memo',
    styles: {
      default: {
        document: {
          run: { font: 'Georgia', size: 22 },
          paragraph: { spacing: { after: 140 } },
        },
        heading1: { paragraph: { spacing: { before: 280, after: 120 } } },
        heading2: { paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { paragraph: { spacing: { before: 200, after: 100 } } },
        title: { paragraph: { spacing: { after: 240 } } },
      },
      paragraphStyles: [
        {
          id: 'BlockQuote',
          name: 'Block Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { color: '3D3A33' },
          paragraph: { indent: { left: 720, right: 360 }, spacing: { before: 120, after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [0, 1, 2, 3, 4, 5, 6, 7, 8].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes: Object.fromEntries(
      prepared.notes.map((note) => [note.number, { children: [footnoteParagraph(note)] }]),
    ),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** Block rendering; numbered lists get a fresh `instance` each so their numbers restart. */
class DocxWriter {
  private listInstance = 0;

  block(block: MemoBlock, depth: number, quote = false): Paragraph[] {
    const style = quote ? 'BlockQuote' : undefined;
    switch (block.kind) {
      case 'paragraph':
        return [new Paragraph({ style, children: inlineRuns(block.inlines) })];
      case 'heading':
        return [
          new Paragraph({
            heading: HEADINGS[block.level - 1],
            children: inlineRuns(block.inlines),
          }),
        ];
      case 'quote':
        return block.blocks.flatMap((inner) => this.block(inner, depth, true));
      case 'code':
        return [
          new Paragraph({
            style,
            children: block.text
              .split('\n')
              .map((line, index) => run(line, { font: 'Courier New', breakBefore: index > 0 })),
          }),
        ];
      case 'rule':
        return [
          new Paragraph({
            border: { bottom: { style: 'single', size: 6, color: 'B8B2A3', space: 1 } },
            children: [],
          }),
        ];
      case 'list': {
        const instance = (this.listInstance += 1);
        return block.items.flatMap((item) => [
          new Paragraph({
            style,
            ...(block.ordered
              ? { numbering: { reference: NUMBERED, level: Math.min(depth, 8), instance } }
              : { bullet: { level: Math.min(depth, 8) } }),
            children: inlineRuns(item.inlines),
          }),
          ...item.blocks.flatMap((inner) => this.block(inner, depth + 1, quote)),
        ]);
      }
    }
  }
}

interface RunOptions {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  readonly font?: string;
  readonly color?: string;
  readonly style?: string;
  readonly breakBefore?: boolean;
}

function run(text: string, options: RunOptions = {}): TextRun {
  const { breakBefore, underline, ...rest } = options;
  return new TextRun({
    ...rest,
    ...(underline ? { underline: {} } : {}),
    ...(breakBefore ? { break: 1 } : {}),
    text: xmlSafe(text),
  });
}

function inlineRuns(inlines: readonly MemoInline[]): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    switch (inline.kind) {
      case 'text':
        return [
          // Only what is set: Word would otherwise get explicit "off" properties on every run.
          run(inline.text, {
            ...(inline.bold ? { bold: true } : {}),
            ...(inline.italic ? { italics: true } : {}),
            ...(inline.underline ? { underline: true } : {}),
            ...(inline.strikethrough ? { strike: true } : {}),
            ...(inline.code ? { font: 'Courier New' } : {}),
          }),
        ];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'citation':
        return [new FootnoteReferenceRun(inline.number)];
      case 'link': {
        const url = safeLinkUrl(inline.url);
        const label = inlineRuns(inline.children);
        return url
          ? [
              new ExternalHyperlink({
                link: url,
                children: label.length ? label : [run(url, { style: 'Hyperlink' })],
              }),
            ]
          : label;
      }
    }
  });
}

/** A footnote: the reference in the style, the quote verbatim, any problem in red. */
function footnoteParagraph(note: MemoNote): Paragraph {
  // Word puts the note's number first; a space keeps it off the reference's first word.
  const children: ParagraphChild[] = [run(' ')];
  if (note.reference) children.push(...styledRuns(note.reference));
  if (note.quote !== null) {
    if (note.reference) children.push(run(' '));
    note.quote.split('\n').forEach((line, index, lines) => {
      const open = index === 0 ? '“' : '';
      const close = index === lines.length - 1 ? '”' : '';
      children.push(run(`${open}${line}${close}`, { breakBefore: index > 0 }));
    });
  }
  if (note.problem) {
    if (note.reference || note.quote !== null) children.push(run(' '));
    children.push(
      run('Citation problem: ', { bold: true, color: PROBLEM_COLOR }),
      run(note.problem.message, { color: PROBLEM_COLOR }),
    );
  }
  return new Paragraph({ children });
}

function styledRuns(parts: readonly FootnotePart[]): ParagraphChild[] {
  return parts.map((part) => {
    if (part.style === 'italic') return run(part.text, { italics: true });
    const url = part.style === 'url' ? safeLinkUrl(part.text) : null;
    if (url)
      return new ExternalHyperlink({
        link: url,
        children: [run(part.text, { style: 'Hyperlink' })],
      });
    return run(part.text);
  });
}

/** Text XML 1.0 can hold: no control characters (tabs become spaces), no lone surrogates. */
function xmlSafe(text: string): string {
  return text
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
