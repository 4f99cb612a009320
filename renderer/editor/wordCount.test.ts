import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalEditor, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { createMemoHeadlessEditor } from './headless';
import { $createCitationNode } from './nodes';
import { countWordsOnSettle } from './testWordCount';
import { countWords, wordCountLabel } from './wordCount';

describe('countWords', () => {
  it('counts words as a reader would, numbers and contractions included', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('Accounts of the death toll differ.')).toBe(6);
    expect(countWords('“About 16,000 people” were arrested — RFE/RL’s count, 2022-01-05.')).toBe(9);
    expect(countWords('Nur-Sultan isn’t Almaty')).toBe(3);
    expect(countWords('Тоқаев сказал')).toBe(2);
  });

  it('labels the count', () => {
    expect(wordCountLabel(1)).toBe('1 word');
    expect(wordCountLabel(1234)).toBe('1,234 words');
  });
});

describe('registerWordCount', () => {
  /** An editor counted by `registerWordCount`, each count run when `settle` is called (a frame). */
  function countedEditor() {
    const editor = createMemoHeadlessEditor();
    return { editor, ...countWordsOnSettle(editor) };
  }
  const edit = (editor: LexicalEditor, change: () => void) => editor.update(change, { discrete: true });
  const block = (index: number) => $getRoot().getChildAtIndex<ElementNode>(index)!;
  const textOf = (index: number) => block(index).getFirstDescendant() as TextNode;

  it('counts a long memo edited a keystroke at a time exactly as counting its whole text would', () => {
    const { editor, settle, whole } = countedEditor();
    edit(editor, () => {
      for (let i = 0; i < 60; i += 1) {
        const paragraph = $createParagraphNode().append($createTextNode(`Paragraph ${i}: “about 16,000” arrests, Nur-Sultan.`));
        if (i % 10 === 3) paragraph.append($createCitationNode(`hl_${i}`, null), $createTextNode(' and after the footnote'));
        $getRoot().append(paragraph);
      }
      $getRoot().append($createListNode('bullet').append($createListItemNode().append($createTextNode('One listed point'))));
    });
    expect(settle()).toBe(whole());

    const steps: [string, () => void][] = [
      ['words typed mid-paragraph', () => textOf(30).spliceText(10, 0, 'and two ', true)],
      ['a paragraph split in two', () => textOf(30).splitText(5)[1]!.getParentOrThrow().insertAfter($createParagraphNode().append($createTextNode('New block here')))],
      ['a paragraph deleted', () => block(12).remove()],
      ['a block emptied', () => block(5).clear()],
      ['a word typed in a list item', () => ($getRoot().getLastChild<ElementNode>()!.getFirstDescendant() as TextNode).spliceText(3, 0, ' more', true)],
      ['a footnote removed', () => block(2).getChildren().find((node) => node.getType() === 'citation')?.remove()],
      ['words joined', () => textOf(40).setTextContent('Nur-Sultan16,000words')],
      ['a paragraph replaced by a heading', () => block(8).replace($createHeadingNode('h2').append($createTextNode('A heading now')))],
    ];
    for (const [step, change] of steps) {
      edit(editor, change);
      expect(settle(), step).toBe(whole());
    }
    // Several changes before one count (one frame): typing on both sides of a deleted block.
    edit(editor, () => textOf(20).spliceText(0, 0, 'One more ', true));
    edit(editor, () => block(21).remove());
    edit(editor, () => textOf(21).spliceText(0, 0, 'and again ', true));
    expect(settle(), 'changes counted together').toBe(whole());
    edit(editor, () => textOf(20).spliceText(0, 0, 'Still ', true));
    expect(settle(), 'typing after them').toBe(whole());
  });

  it('counts everything again when a whole editor state is set (undo, redo)', () => {
    const { editor, settle, whole } = countedEditor();
    edit(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('Three words here'))));
    settle();
    const before = editor.getEditorState();
    edit(editor, () => textOf(0).setTextContent('Now five words are here'));
    expect(settle()).toBe(5);
    editor.setEditorState(before);
    expect(settle()).toBe(whole());
    expect(whole()).toBe(3);
  });

  it('counts nothing for a change of the caret alone, and stops when unregistered', () => {
    const { editor, shown, settle, stop } = countedEditor();
    edit(editor, () => $getRoot().append($createParagraphNode().append($createTextNode('Two words'))));
    settle();
    const counts = shown.length;
    edit(editor, () => textOf(0).select(0, 0));
    settle();
    expect(shown).toHaveLength(counts);
    stop();
    edit(editor, () => textOf(0).spliceText(0, 0, 'Many more ', true));
    settle();
    expect(shown).toHaveLength(counts);
  });
});
