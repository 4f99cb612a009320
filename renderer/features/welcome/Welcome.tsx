import { useId, useState } from 'react';
import { useMenuCommand } from '../../platform/useMenuCommand';
import { clearSetting, setSetting, SETTING_KEYS, useSetting } from '../../storage/settings';
import { useToast } from '../../ui/Toast';
import { focusPane } from '../layout/focusPane';
import { isMac } from '../../platform/isMac';

/**
 * The first-start welcome: what the five sample articles are and the four steps from a passage
 * to a cited memo. It sits above the empty Reader (never over it) until dismissed; Help → Welcome
 * brings it back.
 */
export function Welcome({ sourceOpen }: { readonly sourceOpen: boolean }) {
  const [dismissedAt, , loaded] = useSetting<string | null>(SETTING_KEYS.welcomeDismissed, null, (value) =>
    typeof value === 'string' ? value : null,
  );
  const [asked, setAsked] = useState(false);
  const headingId = useId();
  const toast = useToast();

  useMenuCommand('show-welcome', () => {
    setAsked(true);
    void clearSetting(SETTING_KEYS.welcomeDismissed);
  });

  if (!loaded || (dismissedAt !== null && !asked) || (sourceOpen && !asked)) return null;

  const dismiss = async () => {
    setAsked(false);
    await setSetting(SETTING_KEYS.welcomeDismissed, new Date().toISOString());
    focusPane('sources');
    toast.show('Welcome hidden. Help → Welcome shows it again.', {
      action: { label: 'Undo', run: () => clearSetting(SETTING_KEYS.welcomeDismissed) },
    });
  };

  // Keys as this keyboard labels them.
  const [mod, alt] = isMac() ? ['⌘', '⌥'] : ['Ctrl+', 'Alt+'];
  return (
    <section aria-labelledby={headingId} className="welcome">
      <h2 id={headingId}>Welcome to Margin</h2>
      <p>
        Your notebook starts with <strong>five sample articles</strong> on the unrest in Kazakhstan in December 2021 and
        January 2022, from RFE/RL, the Financial Times, AP and others. They disagree — “more than 160” killed or “dozens”,
        names spelled two ways — and sorting that out, with every quote traced to its source, is what Margin is for.
      </p>
      <ol>
        <li>Open an article from <strong>Sources</strong> on the left.</li>
        <li>
          Select a passage — with the mouse, or Tab into the text and use <kbd>Shift</kbd>+arrow keys — then{' '}
          <strong>Highlight</strong> it (<kbd>{alt}H</kbd>) or <strong>Tag as claim</strong> (<kbd>{alt}C</kbd>).
        </li>
        <li>
          Start a <strong>New memo</strong> and use <strong>Cite in memo</strong> on a claim: the quote goes in with a
          numbered footnote.
        </li>
        <li>
          <strong>Export memo</strong> when you are done. Every quote is checked against its source.
        </li>
      </ol>
      <p className="welcome-keys">
        Your own articles come in with <strong>Import sources</strong>, or by dropping the files on the window.{' '}
        <kbd>{mod}K</kbd> finds any command, source, claim or memo; <kbd>?</kbd> lists every shortcut.
      </p>
      <button type="button" onClick={() => void dismiss()}>
        Got it, hide this
      </button>
    </section>
  );
}
