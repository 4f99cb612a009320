import { Children, cloneElement, isValidElement, useCallback, useState, type HTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { setSetting, SETTING_KEYS, useSetting } from '../../storage/settings';
import { FOCUS_HOME_ATTRIBUTE, useFocusRescue } from '../../ui/useFocusRescue';
import { focusPane, PANE_ORDER, paneOf, type PaneName } from './focusPane';
import { PaneSeparator } from './PaneSeparator';
import { clampPane, DEFAULT_PANE_SIZES, PANE_LIMITS, parsePaneSizes, sameSizes, type PaneSizes } from './paneSizes';

interface PanesProps {
  /** Exactly three elements, left to right: sources and claims (<aside>), the Reader (<main>), the memo (<aside>). */
  readonly children: ReactNode;
}

const PANE_LABELS: Readonly<Record<PaneName, string | undefined>> = { sources: 'Library', reader: undefined, memo: 'Writing' };

/**
 * Sources and claims | Reader | memo, side by side. The side panes are resizable with the pointer
 * or the keyboard and remember their widths; Ctrl+1/2/3 (⌘ on a Mac) and F6 move between panes.
 */
export function Panes({ children }: PanesProps) {
  const [stored, , loaded] = useSetting(SETTING_KEYS.paneSizes, DEFAULT_PANE_SIZES, parsePaneSizes);
  // While a separator moves, the sizes on screen are a draft; once written, the stored sizes
  // (read live, so another tab's change shows here too) take over again.
  const [draft, setDraft] = useState<PaneSizes | null>(null);
  if (draft && loaded && sameSizes(draft, stored)) setDraft(null);
  const sizes = draft ?? stored;

  const change = (pane: keyof PaneSizes) => (width: number, commit: boolean) => {
    const next = { ...sizes, [pane]: clampPane(pane, width) };
    setDraft(next);
    if (commit) void setSetting(SETTING_KEYS.paneSizes, next);
  };
  const reset = useCallback(() => {
    setDraft(DEFAULT_PANE_SIZES);
    void setSetting(SETTING_KEYS.paneSizes, DEFAULT_PANE_SIZES);
  }, []);

  const cycle = (step: 1 | -1) => {
    const current = paneOf(document.activeElement);
    const index = current ? PANE_ORDER.indexOf(current) : step === 1 ? -1 : 0;
    focusPane(PANE_ORDER[(index + step + PANE_ORDER.length) % PANE_ORDER.length]!);
  };
  useMenuCommand('focus-sources', () => focusPane('sources'));
  useMenuCommand('focus-reader', () => focusPane('reader'));
  useMenuCommand('focus-memo', () => focusPane('memo'));
  useMenuCommand('next-pane', () => cycle(1));
  useMenuCommand('previous-pane', () => cycle(-1));
  useMenuCommand('reset-panes', reset);
  useFocusRescue(useCallback((home: HTMLElement) => focusPane(home.getAttribute(FOCUS_HOME_ATTRIBUTE) as PaneName), []));

  // Each pane is the element the caller wrote, given what the layout needs: an id for its
  // separator, a name for its landmark, and the focus-home mark that pane shortcuts and focus rescue use.
  const [sources, reader, memo] = Children.toArray(children)
    .filter(isValidElement)
    .map((element, index) => {
      const pane = PANE_ORDER[index]!;
      const own = element as ReactElement<HTMLAttributes<HTMLElement>>;
      return cloneElement(own, {
        id: `pane-${pane}`,
        tabIndex: -1,
        'aria-label': PANE_LABELS[pane],
        className: `pane ${own.props.className ?? ''}`.trim(),
        [FOCUS_HOME_ATTRIBUTE]: pane,
      } as HTMLAttributes<HTMLElement>);
    });
  return (
    <div className="panes" style={{ gridTemplateColumns: `${sizes.sources}px auto minmax(0, 1fr) auto ${sizes.memo}px` }}>
      {sources}
      <PaneSeparator
        label="Resize sources pane"
        controls="pane-sources"
        value={sizes.sources}
        {...PANE_LIMITS.sources}
        direction={1}
        onChange={change('sources')}
        onReset={reset}
      />
      {reader}
      <PaneSeparator
        label="Resize writing pane"
        controls="pane-memo"
        value={sizes.memo}
        {...PANE_LIMITS.memo}
        direction={-1}
        onChange={change('memo')}
        onReset={reset}
      />
      {memo}
    </div>
  );
}
