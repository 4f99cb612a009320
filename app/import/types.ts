import type { Block, Origin, SourceMetadata } from '../model/types';

/** Bytes as they came from a file, with the name they came under. */
export interface ImportInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export const IMPORT_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'unsupported',
  'decode',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  readonly code: ImportErrorCode;
  /** A sentence for the user: what is wrong with this file and what to do. */
  readonly message: string;
}

/** A source as extracted from one file, before it has an id or an import time. */
export interface ExtractedSource extends SourceMetadata {
  readonly origin: Origin;
  readonly text: string;
  readonly blocks: readonly Block[];
}

export type ImportResult =
  | { readonly ok: true; readonly source: ExtractedSource; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: ImportError };
