import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';

import type { FootnotePart } from '../citation';
import { safeLinkUrl } from './htmlEscape';
import type { MemoBlock, MemoInline } from './memoDocument';
import { bibliographyHeading } from './prepareMemo';
import type { MemoNote, PreparedMemo } from './prepareMemo';

const PROBLEM_COLOR = '#9b1c1c';
type Inline = string | ContentText;

/**
 * A prepared memo as a pdfmake document: the same blocks, note numbers and bibliography as the
 * HTML export, laid out for A4 with the notes after the text (each reference links to its note
 * and back). Plain data: `renderPdf` turns it into bytes.
 */
export function toPdfDefinition(prepared: PreparedMemo): TDocumentDefinitions {
  const problems = new Set(prepared.problems.map((problem) => problem.number));
  const content: Content[] = [];
  if (prepared.title) content.push({ text: prepared.title, style: 'title' });
  if (prepared.problems.length > 0) {
    const count = prepared.problems.length;
    content.push({
      text: `Exported with ${count} citation ${count === 1 ? 'problem' : 'problems'}, marked in the notes.`,
      color: PROBLEM_COLOR,
      bold: true,
      margin: [0, 0, 0, 12],
    });
  }
  content.push(...prepared.blocks.map((block) => pdfBlock(block, problems)));
  if (prepared.notes.length > 0) {
    content.push({ text: 'Notes', style: 'sectionHeading' });
    content.push(...prepared.notes.map(pdfNote));
  }
  if (prepared.bibliography.length > 0) {
    content.push({ text: bibliographyHeading(prepared.style), style: 'sectionHeading' });
    content.push(
      ...prepared.bibliography.map((entry): Content => ({
        text: styledText(entry),
        style: 'bibliography',
      })),
    );
  }
  return {
    info: { title: prepared.title || 'Memo', creator: 'Margin', producer: 'Margin' },
    pageSize: 'A4',
    pageMargins: [64, 64, 64, 64],
    content,
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.3 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 16] },
      heading: { bold: true, margin: [0, 12, 0, 6] },
      sectionHeading: { fontSize: 13, bold: true, margin: [0, 20, 0, 8] },
      paragraph: { margin: [0, 0, 0, 8] },
      note: { fontSize: 9.5, margin: [0, 0, 0, 5] },
      bibliography: { fontSize: 9.5, margin: [0, 0, 0, 5] },
    },
    footer: (page: number, pages: number) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#777777',
    }),
  };
}

function pdfBlock(block: MemoBlock, problems: ReadonlySet<number>): Content {
  switch (block.kind) {
    case 'paragraph':
      return { text: pdfInlines(block.inlines, problems), style: 'paragraph' };
    case 'heading':
      return {
        text: pdfInlines(block.inlines, problems),
        style: 'heading',
        fontSize: [18, 15, 13, 12, 11, 11][block.level - 1] ?? 11,
      };
    case 'quote':
      return {
        table: {
          widths: ['*'],
          body: [[{ stack: block.blocks.map((inner) => pdfBlock(inner, problems)) }]],
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (index: number) => (index === 0 ? 2 : 0),
          vLineColor: () => '#b8b2a3',
          paddingLeft: () => 12,
          paddingTop: () => 2,
          paddingBottom: () => 0,
        },
        color: '#3d3a33',
        margin: [0, 0, 0, 8],
      };
    case 'list': {
      const items = block.items.map((item): Content =>
        item.blocks.length === 0
          ? { text: pdfInlines(item.inlines, problems) }
          : {
              stack: [
                { text: pdfInlines(item.inlines, problems) },
                ...item.blocks.map((inner) => pdfBlock(inner, problems)),
              ],
            },
      );
      return block.ordered
        ? { ol: items, start: block.start, margin: [0, 0, 0, 8] }
        : { ul: items, margin: [0, 0, 0, 8] };
    }
    case 'code':
      return {
        text: block.text,
        preserveLeadingSpaces: true,
        fontSize: 9.5,
        background: '#f3f1ec',
        margin: [0, 0, 0, 8],
      };
    case 'rule':
      return {
        canvas: [
          { type: 'line', x1: 0, y1: 0, x2: 467, y2: 0, lineWidth: 0.5, lineColor: '#b8b2a3' },
        ],
        margin: [0, 6, 0, 10],
      };
  }
}

function pdfInlines(inlines: readonly MemoInline[], problems: ReadonlySet<number>): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    switch (inline.kind) {
      case 'text':
        return [
          {
            text: inline.text,
            ...(inline.bold ? { bold: true } : {}),
            ...(inline.italic ? { italics: true } : {}),
            ...(inline.underline || inline.strikethrough
              ? { decoration: inline.underline ? ('underline' as const) : ('lineThrough' as const) }
              : {}),
          },
        ];
      case 'break':
        return ['\n'];
      case 'citation':
        return [
          {
            text: String(inline.number),
            sup: true,
            id: `ref-${inline.number}`,
            linkToDestination: `note-${inline.number}`,
            ...(problems.has(inline.number) ? { color: PROBLEM_COLOR } : {}),
            // pdfmake links any text node with an id; its types allow ids on anchors only.
          } as ContentText,
        ];
      case 'link': {
        const url = safeLinkUrl(inline.url);
        const children = pdfInlines(inline.children, problems);
        if (!url) return children;
        return [{ text: children.length > 0 ? children : url, link: url, color: '#1f4e8c' }];
      }
    }
  });
}

function pdfNote(note: MemoNote): Content {
  const parts: Inline[] = [
    { text: `${note.number}. `, bold: true, linkToDestination: `ref-${note.number}` },
  ];
  if (note.reference) parts.push(...styledText(note.reference));
  if (note.quote !== null) parts.push(note.reference ? ' ' : '', `“${note.quote}”`);
  if (note.problem) {
    parts.push(' ', { text: 'Citation problem: ', bold: true, color: PROBLEM_COLOR });
    parts.push({ text: note.problem.message, color: PROBLEM_COLOR });
  }
  return { text: parts, style: 'note', id: `note-${note.number}` } as ContentText;
}

function styledText(parts: readonly FootnotePart[]): Inline[] {
  return parts.map((part): Inline => {
    if (part.style === 'italic') return { text: part.text, italics: true };
    const url = part.style === 'url' ? safeLinkUrl(part.text) : null;
    return url ? { text: part.text, link: url, color: '#1f4e8c' } : part.text;
  });
}

/**
 * The PDF file's bytes. pdfmake (pure JavaScript, with the Roboto fonts it bundles: Latin,
 * Cyrillic and Greek) is loaded on first use, so the app's first screen does not carry it; it
 * may fetch nothing (its URL access policy refuses every URL).
 */
export async function renderPdf(prepared: PreparedMemo): Promise<Uint8Array> {
  const [{ default: pdfMake }, { default: vfs }] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  pdfMake.addVirtualFileSystem(vfs);
  (
    pdfMake as unknown as { setUrlAccessPolicy?: (policy: (url: string) => boolean) => void }
  ).setUrlAccessPolicy?.(() => false);
  const bytes = await pdfMake.createPdf(toPdfDefinition(prepared)).getBuffer();
  return new Uint8Array(bytes);
}
