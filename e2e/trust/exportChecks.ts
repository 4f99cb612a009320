import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';

// What "no active content" means for each export format, checked on the file's bytes in Node.
// Each returns the problems found (empty when clean), so a failure lists them all.

const SCRIPT_URL = /^\s*(javascript|vbscript|data)\s*:/i;

/** Markdown: no raw HTML element, no link or image to a script or data URL. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  // Outside code, an unescaped `<tag` is raw HTML a Markdown viewer would render.
  for (const match of markdown.matchAll(/(?<!\\)<\s*\/?\s*([a-z][a-z0-9-]*)\b[^>]*>/gi)) problems.push(`raw HTML: ${match[0].slice(0, 80)}`);
  for (const match of markdown.matchAll(/\]\(\s*<?\s*((?:javascript|vbscript|data)\s*:[^)]*)\)/gi)) problems.push(`script link: ${match[1]}`);
  for (const match of markdown.matchAll(/<\s*((?:javascript|vbscript|data)\s*:[^>]*)>/gi)) problems.push(`script autolink: ${match[1]}`);
  for (const match of markdown.matchAll(/^\s*\[[^\]]+\]:\s*((?:javascript|vbscript|data)\s*:\S*)/gim)) problems.push(`script reference: ${match[1]}`);
  return problems;
}

/** HTML: parsed as a browser would; no script, no handler, no script URL, nothing that loads. */
export function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const { document } = new JSDOM(html).window;
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const name = element.localName;
    if (['script', 'iframe', 'frame', 'object', 'embed', 'img', 'video', 'audio', 'source', 'link', 'base', 'form', 'svg', 'math', 'portal'].includes(name)) {
      problems.push(`<${name}> element`);
    }
    if (name === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') problems.push('meta refresh');
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`handler ${attribute.name} on <${name}>`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background'].includes(attribute.name) && SCRIPT_URL.test(attribute.value)) {
        problems.push(`${attribute.name}="${attribute.value.slice(0, 60)}" on <${name}>`);
      }
      if (attribute.name === 'style' && /url\s*\(/i.test(attribute.value)) problems.push(`style url() on <${name}>`);
    }
  }
  for (const style of Array.from(document.querySelectorAll('style'))) {
    if (/url\s*\(\s*['"]?\s*(https?:|\/\/)|@import/i.test(style.textContent ?? '')) problems.push('remote URL in a stylesheet');
  }
  return problems;
}

/**
 * Word: no hyperlink or field to a script URL, external relationships only to http(s), no macros.
 * Quoted text that spells out "javascript:" is text in `<w:t>` and fine.
 */
export function docxProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const files = unzipSync(bytes);
  for (const [path, content] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(path)) continue;
    const xml = strFromU8(content);
    const markupOnly = xml.replace(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g, '');
    if (/=\s*"\s*(javascript|vbscript|data)\s*:/i.test(markupOnly)) problems.push(`script URL in an attribute in ${path}`);
    for (const field of xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)) {
      if (/HYPERLINK\s+"?\s*(javascript|vbscript|data)\s*:/i.test(field[1]!)) problems.push(`script hyperlink field in ${path}`);
    }
    for (const match of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      const relationship = match[0];
      if (/TargetMode="External"/.test(relationship) && !/Target="https?:\/\//.test(relationship)) problems.push(`external target in ${path}: ${relationship.slice(0, 120)}`);
    }
    if (/vbaProject|macros|activeX/i.test(path)) problems.push(`active part ${path}`);
  }
  return problems;
}

/** PDF: no JavaScript, launch or submit actions; link URIs only to http(s). */
export function pdfProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const text = Buffer.from(bytes).toString('latin1');
  for (const action of ['/JavaScript', '/JS ', '/JS(', '/JS<', '/Launch', '/SubmitForm', '/ImportData', '/EmbeddedFile', '/RichMedia']) {
    if (text.includes(action)) problems.push(`PDF action ${action.trim()}`);
  }
  for (const match of text.matchAll(/\/URI\s*\(([^)]*)\)/g)) if (!/^https?:\/\//.test(match[1]!)) problems.push(`PDF link to ${match[1]}`);
  return problems;
}
