import type { SearchDocument } from '../document';
import type { LoadDocuments } from '../search';

/** A search document with defaults, for tests. */
export function sourceDocument(id: string, title: string, body: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { id, kind: 'source', title, names: [], body, sourceIds: [id], tags: [], date: null, ...extra };
}

/** An in-memory document store: `load` for `search`, and `put`/`delete` to change it. */
export class MemoryDocuments {
  private readonly documents = new Map<string, SearchDocument>();

  put(document: SearchDocument): SearchDocument {
    this.documents.set(document.id, document);
    return document;
  }

  delete(id: string): void {
    this.documents.delete(id);
  }

  readonly load: LoadDocuments = (ids) => Promise.resolve(ids.map((id) => this.documents.get(id)));
}
