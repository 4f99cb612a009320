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

/**
 * How a figure is hedged in the text: a bare number ("2,000 people") is `none`; vague amounts
 * ("dozens", "scores", "hundreds") carry no number at all.
 */
export const FIGURE_QUALIFIERS = [
  'none',
  'about',
  'at least',
  'more than',
  'up to',
  'fewer than',
  'several',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'tens of thousands',
] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** A number a passage states: "more than 160 people" → value 160, unit "people", "more than". */
export interface Figure {
  /** The number stated; null for a stated range or a vague amount ("dozens"). */
  readonly value: number | null;
  /** A stated range, inclusive ("5 to 15 days"); null otherwise. */
  readonly range: { readonly min: number; readonly max: number } | null;
  /** What is counted, as written: "people", "police officers", "arrests"; may be empty. */
  readonly unit: string;
  readonly qualifier: FigureQualifier;
  /** The date the figure is given as of, when known. */
  readonly asOf: PartialIsoDate | null;
}

export interface Evidence {
  readonly highlightId: string;
  readonly stance: EvidenceStance;
  /** The figure this passage states, which may differ from the claim's. */
  readonly figure: Figure | null;
  /** Who this passage says said it, when not the claim's attribution; empty for the claim's. */
  readonly attribution: string;
  readonly attributionEntityId: string | null;
  /** ISO timestamp. */
  readonly addedAt: string;
}

/** One line of a claim's audit trail: what changed, when, and from which source. */
export interface ClaimChange {
  /** ISO timestamp. */
  readonly at: string;
  readonly action:
    'created' | 'edited' | 'evidence-added' | 'evidence-removed' | 'evidence-changed' | 'merged';
  readonly sourceId: string | null;
  /** What changed, in words: "status: unverified → disputed". */
  readonly detail: string;
}

export interface Claim {
  readonly id: string;
  readonly statement: string;
  /** Who said it, as shown; the entity, when one is picked, is `attributionEntityId`. */
  readonly attribution: string;
  readonly attributionEntityId: string | null;
  /** What the claim is about, e.g. "death toll", "arrests"; empty when none. */
  readonly subject: string;
  readonly figure: Figure | null;
  /** Tag ids. */
  readonly tags: readonly string[];
  readonly status: ClaimStatus;
  readonly evidence: readonly Evidence[];
  /** Oldest first. */
  readonly history: readonly ClaimChange[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Tag {
  readonly id: string;
  readonly name: string;
  /** `#rrggbb`. */
  readonly color: string;
  readonly parentId: string | null;
  /** What the code means (REFI-QDA codebooks carry one). */
  readonly description?: string;
}

export const ENTITY_KINDS = ['person', 'body', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** A person, body or place that claims are attributed to, known under several spellings. */
export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Other spellings and names: "Toqaev", "Токаев", "the president". */
  readonly aliases: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
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
