import type { RangeSelection } from 'lexical';
import type { JSX } from 'react';
import type { CitablePassage, LoadCitables } from '../citables';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $insertCitation, $isStillValid } from '../commands';
import { $selectionFromPage } from '../pageSelection';
import { CitePicker } from './CitePicker';

/** The keys that open the picker (also typing "[["). */
export const CITE_SHORTCUT = 'Control+Shift+C Meta+Shift+C';

/**
 * Cite by keyboard: Ctrl/Cmd+Shift+C, or "[[" typed in the memo, opens a searchable list of
 * highlights and claims; the chosen one is quoted with its footnote where the caret was.
 */
export function CitePickerPlugin({
  loadCitables,
}: {
  readonly loadCitables: LoadCitables;
}): JSX.Element | null {
  const [editor] = useLexicalComposerContext();
  const [caret, setCaret] = useState<RangeSelection | null>(null);
  const [citables, setCitables] = useState<readonly CitablePassage[] | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const shortcut =
            (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'c';
          const brackets =
            event.key === '[' &&
            !event.ctrlKey &&
            !event.metaKey &&
            !event.altKey &&
            $followsBracket();
          if (!shortcut && !brackets) return false;
          event.preventDefault();
          // "[[" is a trigger, not text: the first bracket goes too.
          if (brackets) selection.deleteCharacter(true);
          const caretNow = brackets ? $getSelection() : $selectionFromPage(editor);
          setCitables(null);
          setCaret($isRangeSelection(caretNow) ? caretNow.clone() : null);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  const open = caret !== null;
  useEffect(() => {
    if (!open) return;
    let current = true;
    void loadCitables().then((loaded) => current && setCitables(loaded));
    return () => {
      current = false;
    };
  }, [open, loadCitables]);

  if (!open) return null;
  return (
    <CitePicker
      citables={citables}
      onClose={() => setCaret(null)}
      onPick={(citable) => {
        const at = caret;
        setCaret(null);
        // After the dialog has given focus and the caret back to the memo (useReturnFocus), so
        // the caret ends after the new citation, not where it was.
        setTimeout(() => {
          editor.update(() => {
            // The memo may have changed meanwhile (another window, an undo): else at the end.
            $setSelection(at !== null && $isStillValid(at) ? at.clone() : null);
            $insertCitation({
              quote: citable.quote,
              highlightId: citable.highlightId,
              claimId: citable.claimId,
            });
          });
          editor.focus();
        }, 0);
      }}
    />
  );
}

/** Whether the character just before a collapsed caret is "[". */
function $followsBracket(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const { offset } = selection.anchor;
  const node = selection.anchor.getNode();
  return $isTextNode(node) && offset > 0 && node.getTextContent()[offset - 1] === '[';
}
