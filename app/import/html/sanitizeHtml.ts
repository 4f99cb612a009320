import type { HtmlElement, HtmlNode } from './dom';
import { ELEMENT_NODE, parseDocument, TEXT_NODE } from './dom';

/**
 * Tags that survive, with the attributes each may keep. Everything is rebuilt from this list:
 * no markup from the input is ever copied through, so a difference between how linkedom and
 * a browser parse hostile markup cannot smuggle anything in (the output is regenerated from
 * escaped text and these tags only).
 */
const KEEP: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  hr: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  blockquote: [],
  q: [],
  ul: [],
  ol: [],
  li: [],
  dl: [],
  dt: [],
  dd: [],
  em: [],
  strong: [],
  b: [],
  i: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  small: [],
  mark: [],
  abbr: [],
  cite: [],
  code: [],
  pre: [],
  figure: [],
  figcaption: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  a: ['href'],
};

/** Elements dropped with everything inside: code, styles, embedded or remote content, forms. */
const DROP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'picture',
  'source',
  'track',
  'video',
  'audio',
  'canvas',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'head',
  'title',
  'base',
  'meta',
  'link',
  'portal',
  'dialog',
  'slot',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
  'param',
]);

const VOID = new Set(['br', 'hr']);

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string =>
  escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A link target the Reader may show: http(s), mailto or an in-page anchor; nothing else. */
function safeHref(value: string): string | null {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const cleaned = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^(?:https?:\/\/|mailto:|#)/i.test(cleaned) ? value.trim() : null;
}

function attributesOf(element: HtmlElement, allowed: readonly string[]): string {
  let out = '';
  for (const name of allowed) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    if (name === 'href') {
      const href = safeHref(value);
      if (href !== null)
        out += ` href="${escapeAttribute(href)}" rel="noopener noreferrer nofollow"`;
    } else if (/^\d{1,3}$/.test(value.trim())) {
      out += ` ${name}="${value.trim()}"`;
    }
  }
  return out;
}

function render(node: HtmlNode): string {
  if (node.nodeType === TEXT_NODE) return escapeText(node.textContent ?? '');
  if (node.nodeType !== ELEMENT_NODE) return '';
  const element = node as HtmlElement;
  const name = element.localName.toLowerCase();
  if (DROP.has(name)) return '';
  const inner = Array.from(element.childNodes, render).join('');
  const allowed = KEEP[name];
  // Unknown or layout elements (div, span, section, font…) give way to their content.
  if (allowed === undefined) return inner;
  if (VOID.has(name)) return `<${name}>`;
  return `<${name}${attributesOf(element, allowed)}>${inner}</${name}>`;
}

/**
 * Sanitizes imported HTML for display with a strict allow-list: text, headings, paragraphs,
 * lists, quotes, emphasis, tables and http(s)/mailto links survive; scripts, event handlers,
 * styles, images and every other remote resource, forms, frames, SVG/MathML, `<base>` and
 * `<meta>` do not. Pure: works in Node and the browser without a `window`.
 */
export function sanitizeHtml(html: string): string {
  const document = parseDocument(html);
  const root = document.body ?? document.documentElement;
  return Array.from(root.childNodes, render).join('');
}
