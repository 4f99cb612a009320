interface SelectionToolbarProps {
  readonly visible: boolean;
  readonly onHighlight: () => void;
  readonly onTagAsClaim: () => void;
}

/**
 * Actions on the current selection. `mousedown` is cancelled so pressing a button keeps the
 * selection it acts on. Keyboard: Alt+H highlights, Alt+C tags as claim.
 */
export function SelectionToolbar({ visible, onHighlight, onTagAsClaim }: SelectionToolbarProps) {
  if (!visible) return null;
  const keep = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div role="toolbar" aria-label="Selection" className="selection-toolbar">
      <button type="button" onMouseDown={keep} onClick={onHighlight} aria-keyshortcuts="Alt+H">
        Highlight
      </button>
      <button type="button" onMouseDown={keep} onClick={onTagAsClaim} aria-keyshortcuts="Alt+C">
        Tag as claim
      </button>
    </div>
  );
}
