import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotebookDatabase } from './database';
import { clearSetting, getSetting, setSetting, SETTING_KEYS } from './settings';
import { openTestDatabase } from './testDatabase';

let db: NotebookDatabase;
afterEach(async () => db?.delete());

describe('settings', () => {
  it('gives the fallback until a value is written, then the value', async () => {
    db = openTestDatabase();
    expect(await getSetting(SETTING_KEYS.theme, 'system', undefined, db)).toBe('system');
    await setSetting(SETTING_KEYS.theme, 'dark', db);
    expect(await getSetting(SETTING_KEYS.theme, 'system', undefined, db)).toBe('dark');
    await clearSetting(SETTING_KEYS.theme, db);
    expect(await getSetting(SETTING_KEYS.theme, 'system', undefined, db)).toBe('system');
  });

  it('ignores a stored value of the wrong type instead of handing it on', async () => {
    db = openTestDatabase();
    await setSetting(SETTING_KEYS.paneSizes, 'wide', db);
    expect(await getSetting(SETTING_KEYS.paneSizes, { sources: 280, memo: 400 }, undefined, db)).toEqual({
      sources: 280,
      memo: 400,
    });
    await db.settings.put({ key: SETTING_KEYS.theme, value: ['dark'] });
    expect(await getSetting(SETTING_KEYS.theme, 'system', undefined, db)).toBe('system');
  });

  it('lets a parser check the shape of an object', async () => {
    db = openTestDatabase();
    const parse = (value: unknown) => (value === 'light' || value === 'dark' ? value : null);
    await setSetting(SETTING_KEYS.theme, 'purple', db);
    expect(await getSetting<'light' | 'dark' | 'system'>(SETTING_KEYS.theme, 'system', parse, db)).toBe('system');
  });

  it('keeps first-run flags and preferences in the same table without clashing', async () => {
    db = openTestDatabase();
    await db.settings.put({ key: 'corpusSeeded', value: '2026-01-01T00:00:00Z' });
    await setSetting(SETTING_KEYS.welcomeDismissed, '2026-01-02T00:00:00Z', db);
    expect((await db.settings.toArray()).map((row) => row.key).sort()).toEqual(['corpusSeeded', 'welcome.dismissed']);
  });
});
