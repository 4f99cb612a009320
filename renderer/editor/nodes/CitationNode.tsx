import type {
  EditorConfig,
  LexicalNode,
  LexicalParseJSON,
  NodeKey,
  SerializedLexicalNode,
  SerializedPartial,
  Spread,
} from 'lexical';
import type { JSX } from 'react';
import type { SerializedCitationNode as DomainSerializedCitationNode } from '../../../app/model/types';

import {
  $applyNodeReplacement,
  $getDocument,
  addClassNamesToElement,
  DecoratorNode,
} from 'lexical';
import { CITATION_NODE_TYPE } from '../../../app/model/types';
import { CitationComponent } from './CitationComponent';

/**
 * The citation's JSON as Lexical writes it: {type: 'citation', version: 1, highlightId, claimId},
 * the domain's `SerializedCitationNode`, which `app/` reads without Lexical.
 */
export type SerializedCitationNode = Spread<
  { type: typeof CITATION_NODE_TYPE; highlightId: string; claimId: string | null },
  SerializedLexicalNode
>;

/**
 * An inline citation of a highlighted passage (and the claim it was cited through). It renders
 * as a superscript footnote number; the number is derived from document order by
 * `citationNumbering.ts` and never stored, so deleting or moving one renumbers the rest.
 */
export class CitationNode extends DecoratorNode<JSX.Element> {
  __highlightId: string;
  __claimId: string | null;

  static override getType(): string {
    return CITATION_NODE_TYPE;
  }

  static override clone(node: CitationNode): CitationNode {
    return new CitationNode(node.__highlightId, node.__claimId, node.__key);
  }

  static override importJSON(
    serializedNode: SerializedPartial<SerializedCitationNode>,
  ): CitationNode {
    return $createCitationNode('', null).updateFromJSON(serializedNode);
  }

  constructor(highlightId: string, claimId: string | null, key?: NodeKey) {
    super(key);
    this.__highlightId = highlightId;
    this.__claimId = claimId;
  }

  override updateFromJSON(serializedNode: LexicalParseJSON<SerializedCitationNode>): this {
    // Stored memos are untrusted input: keep what is well-formed, default the rest.
    const { highlightId, claimId } = serializedNode;
    return super
      .updateFromJSON(serializedNode)
      .setHighlightId(typeof highlightId === 'string' ? highlightId : '')
      .setClaimId(typeof claimId === 'string' ? claimId : null);
  }

  override exportJSON(): SerializedCitationNode {
    // `satisfies` keeps this in step with the domain's declaration of the same JSON.
    return {
      type: CITATION_NODE_TYPE,
      version: 1,
      highlightId: this.getHighlightId(),
      claimId: this.getClaimId(),
    } satisfies DomainSerializedCitationNode;
  }

  getHighlightId(): string {
    return this.getLatest().__highlightId;
  }

  setHighlightId(highlightId: string): this {
    const writable = this.getWritable();
    writable.__highlightId = highlightId;
    return writable;
  }

  getClaimId(): string | null {
    return this.getLatest().__claimId;
  }

  setClaimId(claimId: string | null): this {
    const writable = this.getWritable();
    writable.__claimId = claimId;
    return writable;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    // The <sup> is the decorator's host; CitationComponent renders the number inside it.
    const element = $getDocument().createElement('sup');
    addClassNamesToElement(element, config.theme.citation as string | undefined);
    element.dataset.highlightId = this.__highlightId;
    return element;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (prevNode.__highlightId !== this.__highlightId) {
      dom.dataset.highlightId = this.__highlightId;
    }
    return false;
  }

  override isInline(): true {
    return true;
  }

  override decorate(): JSX.Element {
    return (
      <CitationComponent
        nodeKey={this.__key}
        highlightId={this.__highlightId}
        claimId={this.__claimId}
      />
    );
  }
}

export function $createCitationNode(highlightId: string, claimId: string | null): CitationNode {
  return $applyNodeReplacement(new CitationNode(highlightId, claimId));
}

export function $isCitationNode(node: LexicalNode | null | undefined): node is CitationNode {
  return node instanceof CitationNode;
}
