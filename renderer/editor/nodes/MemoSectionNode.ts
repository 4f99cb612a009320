import type { LexicalNode, SerializedElementNode } from 'lexical';

import { $applyNodeReplacement, ElementNode } from 'lexical';

/** The `type` of a section in the editor's JSON; never stored (see memoSections.ts). */
export const MEMO_SECTION_TYPE = 'memo-section';

/**
 * A run of a long memo's blocks, grouped so the browser can skip drawing it while it is out of
 * view (`content-visibility` on ~20 blocks at once: checking 450 blocks one by one for visibility
 * cost every keystroke ~2 ms). It is structure for the editor only: it has no look and no meaning,
 * is never saved (a stored memo is flat), never copied (its blocks are), and is a shadow root, so
 * its blocks are top-level blocks to every command. memoSections.ts keeps the grouping.
 */
export class MemoSectionNode extends ElementNode {
  static override getType(): string {
    return MEMO_SECTION_TYPE;
  }

  static override clone(node: MemoSectionNode): MemoSectionNode {
    return new MemoSectionNode(node.__key);
  }

  static override importJSON(serialized: SerializedElementNode): MemoSectionNode {
    return $createMemoSectionNode().updateFromJSON(serialized);
  }

  override createDOM(): HTMLElement {
    const section = document.createElement('div');
    section.className = 'memo-editor__section';
    // Skippable only once drawn: a new section (a memo grouped as it grows, a section split)
    // would start skipped until the browser's next visibility check, and a key typed before it
    // went where Chromium put the caret then, the section's start, not where the caret was.
    const view = section.ownerDocument.defaultView;
    const skippable = () => section.classList.add('memo-editor__section--skippable');
    if (view?.requestAnimationFrame) view.requestAnimationFrame(() => view.requestAnimationFrame(skippable));
    else skippable();
    return section;
  }

  override updateDOM(): boolean {
    return false;
  }

  override isShadowRoot(): boolean {
    return true;
  }

  // Lexical never removes an empty shadow root; memoSections.ts does.
  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }

  // Copying takes the blocks, never the grouping: pasted into another memo they are blocks.
  override excludeFromCopy(): boolean {
    return true;
  }
}

export function $createMemoSectionNode(): MemoSectionNode {
  return $applyNodeReplacement(new MemoSectionNode());
}

export function $isMemoSectionNode(node: LexicalNode | null | undefined): node is MemoSectionNode {
  return node instanceof MemoSectionNode;
}
