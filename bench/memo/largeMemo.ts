import type { LexicalNode } from 'lexical';
import type { SerializedMemoNode, SerializedMemoState } from '../../app/model/types';

import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { createMemoHeadlessEditor } from '../../renderer/editor/headless';
import { toMemoState } from '../../renderer/editor/memoState';
import { $createCitationNode } from '../../renderer/editor/nodes';

// A long memo as the editor itself would store it: built with the app's own Lexical nodes in a
// headless editor and serialized by the same `toMemoState` the memo pane saves with. Sections
// (h2 headings) of analysis paragraphs that quote passages — “quote” then its footnote, as citing
// inserts them — with some bold and italic words, and now and then a bulleted list of quotes.

/** A passage to cite: a stored highlight (and the claim it belongs to, if any). */
export interface CitablePassage {
  readonly highlightId: string;
  readonly claimId: string | null;
  readonly quote: string;
}

const LEADS = [
  'Reports of the same day disagree. One source has',
  'The interior ministry’s figure differs again:',
  'Witnesses quoted by a second outlet describe',
  'By the following week the count had become',
  'Officials in Almaty said only that',
  'A later account, after the curfew was lifted, gives',
  'Compare the wording of the first dispatch,',
  'Independent monitors were more cautious:',
];
const JOINS = [' while another says ', ', against ', '; elsewhere ', ' — and later ', ', then '];
const TAILS = [
  '. The gap is larger than rounding explains.',
  '. Spellings of the names vary between these accounts.',
  '. None of these figures was independently verified at the time.',
  '. The timeline here follows the earliest report.',
];
const SECTIONS = ['Casualty figures', 'Arrests and detentions', 'Who gave the orders', 'The internet shutdown', 'Foreign troops', 'Names and spellings'];

/** Counts every node of a serialized memo, the root included. */
export function countNodes(node: SerializedMemoNode): number {
  return 1 + (node.children ?? []).reduce((sum, child) => sum + countNodes(child), 0);
}

/**
 * A memo of about `nodes` Lexical nodes holding exactly `citations` citations of `passages`
 * (each cited in turn, several times over when there are fewer passages than citations).
 */
export function buildLargeMemo(passages: readonly CitablePassage[], citations = 2000, nodes = 5000): SerializedMemoState {
  if (passages.length === 0) throw new Error('buildLargeMemo: no passages to cite');
  const editor = createMemoHeadlessEditor();
  let cited = 0;
  let made = 1; // the root
  const cite = (): LexicalNode[] => {
    const passage = passages[(cited * 7) % passages.length]!;
    cited += 1;
    made += 2;
    return [$createTextNode(`“${passage.quote.replace(/\s*\n\s*/g, ' ')}”`), $createCitationNode(passage.highlightId, passage.claimId)];
  };
  editor.update(
    () => {
      const root = $getRoot().clear();
      let block = 0;
      while (cited < citations) {
        if (block % 12 === 0) {
          root.append($createHeadingNode('h2').append($createTextNode(`${SECTIONS[(block / 12) % SECTIONS.length]} (${block / 12 + 1})`)));
          made += 2;
        } else if (block % 12 === 6 && citations - cited >= 3) {
          const list = $createListNode('bullet');
          made += 1;
          for (let item = 0; item < 3; item += 1) {
            list.append($createListItemNode().append($createTextNode('Also reported: '), ...cite()));
            made += 2;
          }
          root.append(list);
        } else {
          // Paragraphs average five citations (adjacent plain text merges into one text node), so 2,000
          // citations come to ~5,000 nodes.
          const paragraph = $createParagraphNode().append($createTextNode(`${LEADS[block % LEADS.length]} `));
          made += 2;
          const count = Math.min(citations - cited, 3 + (block % 5));
          for (let c = 0; c < count; c += 1) {
            if (c > 0) paragraph.append($createTextNode(JOINS[(block + c) % JOINS.length]!));
            paragraph.append(...cite());
          }
          if (block % 3 === 0) {
            paragraph.append($createTextNode(' — '), $createTextNode('unconfirmed').toggleFormat(block % 2 ? 'bold' : 'italic'));
            made += 2;
          }
          paragraph.append($createTextNode(TAILS[block % TAILS.length]!));
          made += 1;
          root.append(paragraph);
        }
        block += 1;
      }
      // Citation-free paragraphs of the analyst's own prose up to the node count wanted.
      while (made < nodes) {
        root.append($createParagraphNode().append($createTextNode(`${LEADS[made % LEADS.length]} nothing more was published on this point${TAILS[made % TAILS.length]}`)));
        made += 2;
      }
    },
    { discrete: true },
  );
  return toMemoState(editor.getEditorState());
}
