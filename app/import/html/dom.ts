/**
 * The one place that touches linkedom. app/ type-checks without the DOM lib, so the parts of the
 * DOM the importer reads are declared here as small interfaces, and linkedom's document (a
 * library object, not a global) is seen through them. Parsing never runs scripts, loads
 * images or style sheets, or fetches anything.
 */
import { parseHTML } from 'linkedom';

export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly parentNode: HtmlNode | null;
}

export interface HtmlElement extends HtmlNode {
  readonly localName: string;
  readonly children: ArrayLike<HtmlElement>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  remove(): void;
  innerHTML: string;
  readonly outerHTML: string;
}

export interface HtmlDocument {
  readonly documentElement: HtmlElement;
  readonly head: HtmlElement | null;
  readonly body: HtmlElement | null;
  readonly title: string;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  createElement(name: string): HtmlElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses an HTML string into a detached document. */
export function parseDocument(html: string): HtmlDocument {
  // linkedom drops everything before <html> when the string lacks one; wrap fragments.
  const source = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: HtmlDocument };
  return document;
}

/** The elements matching `selector`, as an array. */
export function all(root: HtmlDocument | HtmlElement, selector: string): HtmlElement[] {
  return Array.from(root.querySelectorAll(selector));
}

/** An element's text with whitespace runs folded to one space, trimmed. */
export function textOf(node: HtmlNode | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
