import type { SearchFilters, SearchResults } from '../../app/search';

// Messages between the UI and the search worker.

export interface SearchRequest {
  readonly query: string;
  readonly filters?: SearchFilters;
  readonly asYouType?: boolean;
  readonly limit?: number;
}

export type SearchWorkerRequest =
  | ({ readonly type: 'search'; readonly id: number } & SearchRequest)
  /** Records changed: read the journal. */
  | { readonly type: 'sync' }
  /** Store the index now (the window is closing). */
  | { readonly type: 'flush' };

/** Where the index is: being opened, being built (with progress), or ready. */
export type SearchStatus =
  | { readonly state: 'opening' }
  | { readonly state: 'indexing'; readonly indexed: number; readonly total: number }
  /** `revision` grows with every change the index took in: results may have changed. */
  | { readonly state: 'ready'; readonly documents: number; readonly revision: number }
  | { readonly state: 'failed'; readonly message: string };

export type SearchWorkerResponse =
  | { readonly type: 'results'; readonly id: number; readonly results: SearchResults; readonly tookMs: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'status'; readonly status: SearchStatus };
