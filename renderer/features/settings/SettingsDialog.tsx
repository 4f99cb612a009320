import { useId } from 'react';
import { CITATION_STYLE_IDS, CITATION_STYLES, DEFAULT_CITATION_STYLE, parseCitationStyleId } from '../../../app/citation/styles';
import { electronBridge } from '../../platform/bridge';
import { THEME_CHOICES, type ThemeChoice } from '../../platform/theme';
import { SETTING_KEYS, useSetting } from '../../storage/settings';
import { Dialog } from '../../ui/Dialog';
import { useThemePreference } from './useThemePreference';

/**
 * The formats "Export memo" offers, by the ids of app/export/formats.ts (written out here rather
 * than imported: importing it would load every exporter, PDF included, just to show a list).
 */
const EXPORT_FORMATS = [
  ['markdown', 'Markdown'],
  ['html', 'HTML'],
  ['docx', 'Word'],
  ['pdf', 'PDF'],
] as const;
type ExportFormatId = (typeof EXPORT_FORMATS)[number][0];
const parseExportFormat = (value: unknown): ExportFormatId | null =>
  EXPORT_FORMATS.some(([id]) => id === value) ? (value as ExportFormatId) : null;

const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

/** Settings: theme, default export format, citation style, and where automatic backups are kept. Changes apply at once. */
export function SettingsDialog({ onClose }: { readonly onClose: () => void }) {
  const theme = useThemePreference();
  const [format, setFormat] = useSetting<ExportFormatId>(SETTING_KEYS.exportFormat, 'markdown', parseExportFormat);
  const [style, setStyle] = useSetting(SETTING_KEYS.citationStyle, DEFAULT_CITATION_STYLE, (value) =>
    value === undefined ? null : parseCitationStyleId(value),
  );
  const ids = { format: useId(), style: useId(), backups: useId() };
  const inElectron = electronBridge() !== null;

  return (
    <Dialog title="Settings" onClose={onClose} className="settings-dialog">
      <fieldset className="settings-group">
        <legend>Theme</legend>
        {THEME_CHOICES.map((choice) => (
          <label key={choice} className="settings-radio">
            <input type="radio" name="theme" value={choice} checked={theme.choice === choice} onChange={() => void theme.choose(choice)} />
            {THEME_LABELS[choice]}
            {choice === 'system' && <span className="settings-note"> (now {theme.shown})</span>}
          </label>
        ))}
      </fieldset>
      <div className="settings-group">
        <label htmlFor={ids.format}>Default export format</label>
        <select id={ids.format} value={format} onChange={(event) => void setFormat(event.target.value as ExportFormatId)}>
          {EXPORT_FORMATS.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
        <p className="settings-note">Offered first by “Export memo”; the others stay one arrow key away.</p>
      </div>
      <div className="settings-group">
        <label htmlFor={ids.style}>Citation style</label>
        <select id={ids.style} value={style} onChange={(event) => void setStyle(parseCitationStyleId(event.target.value))}>
          {CITATION_STYLE_IDS.map((id) => (
            <option key={id} value={id}>
              {CITATION_STYLES[id].label}
            </option>
          ))}
        </select>
        <p className="settings-note">Footnotes and the bibliography of exported memos use it.</p>
      </div>
      <div className="settings-group" role="group" aria-labelledby={ids.backups}>
        <h3 id={ids.backups}>Automatic backups</h3>
        {inElectron ? (
          <p>
            Kept inside Margin’s own data folder on this computer, beside the notebook: the two latest scheduled backups
            (every 12 hours) and one before each update of the notebook’s format.
          </p>
        ) : (
          <p>
            In the web version they are kept in <strong>this browser’s profile</strong>, in the site’s storage beside the
            notebook: the two latest scheduled backups (every 12 hours) and one before each update of the notebook’s
            format. Clearing the site’s data in the browser deletes them too.
          </p>
        )}
        <p>To keep a copy anywhere else — another disk, another machine — use File → Back up notebook.</p>
      </div>
    </Dialog>
  );
}
