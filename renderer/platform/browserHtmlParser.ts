/**
 * Stands in for `linkedom` in the renderer bundle (see the alias in vite.config.ts): the importer
 * in app/ parses HTML through linkedom's `parseHTML` in Node, and through the browser's own parser
 * here. A DOMParser document has no browsing context, so nothing in it runs or loads: scripts stay
 * inert and images, style sheets and frames are never fetched.
 */
export function parseHTML(html: string): { document: Document } {
  return { document: new DOMParser().parseFromString(html, 'text/html') };
}
