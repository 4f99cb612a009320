import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { db, type NotebookDatabase } from './database';

/**
 * Preferences, one row per key in the `settings` table (the table also holds first-run flags).
 * Every feature reads and writes its preference through these keys, so the Settings dialog and the
 * feature that uses a value agree on where it lives. Values are plain JSON.
 */
export const SETTING_KEYS = {
  /** 'system' | 'light' | 'dark' */
  theme: 'theme',
  /** 'markdown' | 'html' | 'docx' | 'pdf': what "Export memo" offers first. */
  exportFormat: 'export.defaultFormat',
  /** A citation style id of app/citation/styles ('chicago' | 'apa' | 'mla'). */
  citationStyle: 'citation.style',
  /** `{ sources, memo }` widths in pixels of the panes beside the Reader. */
  paneSizes: 'layout.paneSizes',
  /** ISO time the first-start welcome was dismissed; absent while it should show. */
  welcomeDismissed: 'welcome.dismissed',
} as const;

/** Turns a stored value into T, or null when it is missing or not the expected shape. */
export type SettingParser<T> = (value: unknown) => T | null;

/** The default parser: a stored value of the fallback's JSON type is taken as is. */
function sameTypeAs<T>(fallback: T): SettingParser<T> {
  const kind = fallback === null ? 'null' : Array.isArray(fallback) ? 'array' : typeof fallback;
  return (value) => {
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return actual === kind && value !== undefined ? (value as T) : null;
  };
}

/** Reads a setting once; `fallback` when absent or malformed. */
export async function getSetting<T>(
  key: string,
  fallback: T,
  parse: SettingParser<T> = sameTypeAs(fallback),
  database: NotebookDatabase = db,
): Promise<T> {
  const row = await database.settings.get(key);
  return (row && parse(row.value)) ?? fallback;
}

/** Writes a setting; every `useSetting` of the key re-renders with it (in every tab). */
export async function setSetting(key: string, value: unknown, database: NotebookDatabase = db): Promise<void> {
  await database.settings.put({ key, value });
}

/** Removes a setting, so readers see their fallback again. */
export async function clearSetting(key: string, database: NotebookDatabase = db): Promise<void> {
  await database.settings.delete(key);
}

/**
 * A setting as React state, read live: `[value, setValue, loaded]`. While the first read is in
 * flight the value is `fallback` and `loaded` is false (so a remembered layout can wait for it).
 * A value just set shows at once, before the write has come back through the live query (a
 * controlled radio button would otherwise flick back for a moment).
 */
export function useSetting<T>(
  key: string,
  fallback: T,
  parse?: SettingParser<T>,
): readonly [T, (value: T) => Promise<void>, boolean] {
  const row = useLiveQuery(async () => (await db.settings.get(key)) ?? null, [key]);
  // The value written from here, with the row it replaced: once the live row moves on, it is stale.
  const [written, setWritten] = useState<{ readonly value: T; readonly over: unknown } | null>(null);
  const write = useCallback(
    (value: T) => {
      setWritten({ value, over: row });
      return setSetting(key, value);
    },
    [key, row],
  );
  if (written && written.over === row) return [written.value, write, row !== undefined];
  if (row === undefined) return [fallback, write, false];
  const value = row === null ? null : (parse ?? sameTypeAs(fallback))(row.value);
  return [value ?? fallback, write, true];
}
