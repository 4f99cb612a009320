import type { HtmlElement, HtmlNode } from './dom';
import { ELEMENT_NODE, TEXT_NODE } from './dom';

/** Elements that start a new paragraph. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never article text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'head',
  'title',
  'meta',
  'link',
]);

/**
 * The paragraphs of an HTML element, in reading order: every block element (p, h2, li,
 * blockquote, figcaption…) and every `<br>` ends one; list items keep a "• " so lists still read
 * as lists. Scripts, styles, forms and embedded media contribute nothing.
 */
export function htmlParagraphs(root: HtmlElement): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text !== '' && text !== '•') paragraphs.push(text);
    buffer = '';
  };
  const walk = (node: HtmlNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as HtmlElement).localName;
    if (SKIP.has(name)) return;
    if (name === 'br') return flush();
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'li') buffer += '• ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
