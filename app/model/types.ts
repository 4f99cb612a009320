/**
 * The notebook's domain types. Every record is stored in Dexie with a string id; everything read
 * back from storage, a backup or an import passes a `parseX()` in `app/model/` first.
 */

/** ISO 8601 date, possibly partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialIsoDate = string;

/** A span of a source's canonical text, flagged as article body or page boilerplate. */
export interface Block {
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
}
export type BlockKind = 'body' | 'boilerplate';

/** Where a source came from: enough to re-extract it and to prove it is the same file. */
export interface Origin {
  readonly fileName: string;
  readonly mediaType: string;
  readonly encoding: string;
  /** Lower-case hex sha256 of the raw bytes as imported. */
  readonly sha256: string;
}

export interface SourceMetadata {
  readonly title: string;
  readonly outlet: string | null;
  readonly authors: readonly string[];
  readonly publishedAt: PartialIsoDate | null;
  readonly url: string | null;
  readonly language: string;
}

export interface Source extends SourceMetadata {
  readonly id: string;
  /** ISO timestamp. */
  readonly importedAt: string;
  readonly origin: Origin;
  /** Canonical plain text: paragraphs separated by one blank line (`\n\n`), LF line ends. */
  readonly text: string;
  /** Covers `text` in order; each block is one paragraph. */
  readonly blocks: readonly Block[];
}

/** The raw bytes of an import, kept apart from the source so lists stay light. */
export interface Original {
  readonly sourceId: string;
  readonly bytes: Uint8Array;
}

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets into the source's canonical text. */
export interface TextPositionSelector {
  readonly start: number;
  readonly end: number;
}

export interface Selector {
  readonly quote: TextQuoteSelector;
  readonly position: TextPositionSelector;
}

export interface Highlight {
  readonly id: string;
  readonly sourceId: string;
  readonly selector: Selector;
  /**
   * 1-based number of the body paragraph the passage starts in, boilerplate not counted; null when
   * it starts in a boilerplate block. A cache for lists: exports recompute it from the anchor.
   */
  readonly paragraph: number | null;
  readonly note: string;
  readonly color: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const CLAIM_STATUSES = ['unverified', 'corroborated', 'disputed', 'false'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const EVIDENCE_STANCES = ['supports', 'contradicts', 'mentions'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

export interface Evidence {
  readonly highlightId: string;
  readonly stance: EvidenceStance;
}

export interface Claim {
  readonly id: string;
  readonly statement: string;
  readonly attribution: string;
  /** Tag ids. */
  readonly tags: readonly string[];
  readonly status: ClaimStatus;
  readonly evidence: readonly Evidence[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Tag {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly parentId: string | null;
}

export interface Memo {
  readonly id: string;
  readonly title: string;
  /** Lexical's serialized editor state (`editorState.toJSON()`), stored as-is. */
  readonly content: SerializedMemoState;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A key/value row for app settings (first-run flags, preferences). */
export interface Setting {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The parts of Lexical's serialized editor state that the domain reads. Declared here, not
 * imported from `lexical`, so `app/` can walk a memo without depending on the editor.
 */
export interface SerializedMemoNode {
  readonly type: string;
  readonly version?: number;
  readonly children?: readonly SerializedMemoNode[];
  readonly text?: string;
  readonly tag?: string;
  readonly listType?: string;
  readonly [key: string]: unknown;
}

export interface SerializedMemoState {
  readonly root: SerializedMemoNode;
}

/** The `type` of the memo editor's inline citation node. */
export const CITATION_NODE_TYPE = 'citation';

/**
 * An inline citation in a memo: the quoted passage's highlight (and the claim it was cited
 * through). Its footnote number is derived from document order, never stored.
 */
export interface SerializedCitationNode extends SerializedMemoNode {
  readonly type: typeof CITATION_NODE_TYPE;
  readonly highlightId: string;
  readonly claimId: string | null;
}
