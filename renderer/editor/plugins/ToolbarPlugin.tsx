import type { JSX, KeyboardEvent } from 'react';
import type { BlockKind, ToolbarState } from './toolbarActions';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { $currentLinkUrl, applyLink, readSelection } from '../links';
import { $selectionFromPage } from '../pageSelection';
import { LinkDialog } from './LinkDialog';
import {
  $readToolbarState,
  EMPTY_TOOLBAR_STATE,
  sameToolbarState,
  toggleBlock,
} from './toolbarActions';

interface ToolbarButton {
  readonly label: string;
  /** What the button shows; the label is its accessible name. */
  readonly face: string;
  readonly shortcut?: string;
  /** Absent for a button that is an action, not a toggle. */
  readonly pressed?: (state: ToolbarState) => boolean;
  readonly run: () => void;
}

/**
 * The memo's formatting buttons: bold, italic, heading, quote, bulleted and numbered lists, link. One toolbar tab
 * stop; arrow keys, Home and End move between buttons (the WAI-ARIA toolbar pattern).
 */
export function ToolbarPlugin(): JSX.Element {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(EMPTY_TOOLBAR_STATE);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [linkEdit, setLinkEdit] = useState<{
    url: string | null;
    selection: ReturnType<typeof readSelection>;
  } | null>(null);
  const openLinkDialog = () =>
    setLinkEdit({
      url: editor.getEditorState().read($currentLinkUrl),
      selection: readSelection(editor),
    });

  // Ctrl/Cmd+K belongs to the command palette; Shift+K is the memo's link key.
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (
            !(event.ctrlKey || event.metaKey) ||
            !event.shiftKey ||
            event.key.toLowerCase() !== 'k'
          )
            return false;
          event.preventDefault();
          // The page's selection: the last Shift+Arrow may not have reached Lexical's yet.
          setLinkEdit({ url: $currentLinkUrl(), selection: $selectionFromPage(editor) });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read($readToolbarState);
        setState((previous) => (sameToolbarState(previous, next) ? previous : next));
      }),
    [editor],
  );

  const block = (kind: Exclude<BlockKind, 'paragraph'>) => () => toggleBlock(editor, kind);
  const buttons: readonly ToolbarButton[] = [
    {
      label: 'Bold',
      face: 'B',
      shortcut: 'Control+B Meta+B',
      pressed: (s) => s.bold,
      run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
    },
    {
      label: 'Italic',
      face: 'I',
      shortcut: 'Control+I Meta+I',
      pressed: (s) => s.italic,
      run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
    },
    { label: 'Heading', face: 'H', pressed: (s) => s.block === 'heading', run: block('heading') },
    { label: 'Quote', face: '❝', pressed: (s) => s.block === 'quote', run: block('quote') },
    {
      label: 'Bulleted list',
      face: '•',
      pressed: (s) => s.block === 'bullet',
      run: block('bullet'),
    },
    {
      label: 'Numbered list',
      // One character, read as an icon, so the name is the label alone (WCAG 2.5.3); ⒈ was missing from common fonts.
      face: '①',
      pressed: (s) => s.block === 'number',
      run: block('number'),
    },
    { label: 'Link', face: 'Link', shortcut: 'Control+Shift+K Meta+Shift+K', run: openLinkDialog },
  ];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = buttons.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: focusIndex === last ? 0 : focusIndex + 1,
      ArrowLeft: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      setFocusIndex(next);
      buttonRefs.current[next]?.focus();
    }
  };

  return (
    <>
      <div
        className="memo-editor__toolbar"
        role="toolbar"
        aria-label="Formatting"
        onKeyDown={onKeyDown}
      >
        {buttons.map((button, index) => (
          <button
            key={button.label}
            ref={(element) => {
              buttonRefs.current[index] = element;
            }}
            type="button"
            className="memo-editor__tool"
            aria-label={button.label}
            aria-pressed={button.pressed?.(state)}
            aria-keyshortcuts={button.shortcut}
            title={button.label}
            tabIndex={index === focusIndex ? 0 : -1}
            // Keep the caret in the memo when the button is clicked with a mouse.
            onMouseDown={(event) => event.preventDefault()}
            onFocus={() => setFocusIndex(index)}
            onClick={button.run}
          >
            {button.face}
          </button>
        ))}
      </div>
      {/* Outside the toolbar: its arrow keys must not move focus out of the URL field. */}
      {linkEdit && (
        <LinkDialog
          initialUrl={linkEdit.url}
          onClose={() => setLinkEdit(null)}
          onSubmit={(url) => {
            applyLink(editor, url, linkEdit.selection);
            setLinkEdit(null);
          }}
        />
      )}
    </>
  );
}
