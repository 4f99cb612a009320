import type { FootnotePart } from '../citation';
import { escapeHtml, safeLinkUrl } from './htmlEscape';
import { MEMO_HTML_CSS } from './htmlStyles';
import type { MemoBlock, MemoInline } from './memoDocument';
import { bibliographyHeading } from './prepareMemo';
import type { MemoNote, PreparedMemo } from './prepareMemo';

/**
 * A prepared memo as one self-contained HTML page: inline CSS, no scripts, no remote assets (a
 * Content-Security-Policy meta tag forbids loading anything), the body with numbered footnote
 * references, the notes as a list with back-references and verbatim quotes, and the
 * bibliography. Every piece of memo text and source metadata is escaped.
 */
export function renderHtml(prepared: PreparedMemo): string {
  const notesWithProblems = new Set(prepared.problems.map((problem) => problem.number));
  const title = prepared.title || 'Memo';
  const body: string[] = [];
  if (prepared.title) body.push(`<h1>${escapeHtml(prepared.title)}</h1>`);
  if (prepared.problems.length > 0) {
    const count = prepared.problems.length;
    body.push(
      `<p class="problems-banner" role="note">Exported with ${count} citation ${count === 1 ? 'problem' : 'problems'}, marked in the notes.</p>`,
    );
  }
  body.push(...prepared.blocks.map((block) => renderBlock(block, notesWithProblems)));
  if (prepared.notes.length > 0) {
    body.push(
      '<section class="notes" role="doc-endnotes" aria-labelledby="notes-heading">',
      '<h2 id="notes-heading">Notes</h2>',
      '<ol>',
      ...prepared.notes.map(renderNote),
      '</ol>',
      '</section>',
    );
  }
  if (prepared.bibliography.length > 0) {
    body.push(
      '<section class="bibliography" role="doc-bibliography" aria-labelledby="bibliography-heading">',
      `<h2 id="bibliography-heading">${bibliographyHeading(prepared.style)}</h2>`,
      ...prepared.bibliography.map((entry) => `<p>${renderParts(entry)}</p>`),
      '</section>',
    );
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load: no scripts, images, fonts or frames; only the inline style sheet.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Margin">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${MEMO_HTML_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<article>',
    ...body,
    '</article>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: MemoBlock, problems: ReadonlySet<number>): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${renderInlines(block.inlines, problems)}</p>`;
    case 'heading': {
      // The memo title is the page's only h1: a memo heading 1 becomes a 2.
      const level = Math.max(2, block.level);
      return `<h${level}>${renderInlines(block.inlines, problems)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${block.blocks.map((inner) => renderBlock(inner, problems)).join('')}</blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = block.items.map(
        (item) =>
          `<li>${renderInlines(item.inlines, problems)}${item.blocks.map((inner) => renderBlock(inner, problems)).join('')}</li>`,
      );
      return `<${tag}${start}>${items.join('')}</${tag}>`;
    }
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'rule':
      return '<hr>';
  }
}

function renderInlines(inlines: readonly MemoInline[], problems: ReadonlySet<number>): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text': {
          let html = escapeHtml(inline.text);
          if (inline.code) html = `<code>${html}</code>`;
          if (inline.bold) html = `<strong>${html}</strong>`;
          if (inline.italic) html = `<em>${html}</em>`;
          if (inline.underline) html = `<u>${html}</u>`;
          if (inline.strikethrough) html = `<s>${html}</s>`;
          return html;
        }
        case 'break':
          return '<br>';
        case 'citation': {
          const n = inline.number;
          const flagged = problems.has(n);
          const label = flagged ? `Note ${n} (citation problem)` : `Note ${n}`;
          return `<sup class="footnote-ref${flagged ? ' problem' : ''}"><a href="#note-${n}" id="ref-${n}" role="doc-noteref" aria-label="${label}">${n}</a></sup>`;
        }
        case 'link': {
          const label = renderInlines(inline.children, problems);
          const href = safeLinkUrl(inline.url);
          return href ? `<a href="${escapeHtml(href)}">${label || escapeHtml(href)}</a>` : label;
        }
      }
    })
    .join('');
}

function renderNote(note: MemoNote): string {
  const parts: string[] = [];
  if (note.reference) parts.push(renderParts(note.reference));
  if (note.quote !== null) parts.push(`“<span class="quote">${escapeHtml(note.quote)}</span>”`);
  if (note.problem) {
    parts.push(
      `<strong class="problem-note">Citation problem:</strong> <span class="problem-note">${escapeHtml(note.problem.message)}</span>`,
    );
  }
  const n = note.number;
  const back = `<a href="#ref-${n}" class="backref" role="doc-backlink" aria-label="Back to reference ${n}">↩</a>`;
  return `<li id="note-${n}"${note.problem ? ' class="has-problem"' : ''}>${parts.join(' ')} ${back}</li>`;
}

/** Styled reference parts: italics as <i>, URLs as links when they are safe to follow. */
export function renderParts(parts: readonly FootnotePart[]): string {
  return parts
    .map((part) => {
      const text = escapeHtml(part.text);
      if (part.style === 'italic') return `<i>${text}</i>`;
      if (part.style === 'url') {
        const href = safeLinkUrl(part.text);
        return href ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      }
      return text;
    })
    .join('');
}
