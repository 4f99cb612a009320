import { describe, expect, it } from 'vitest';
import { fold, searchPalette, type PaletteEntry } from './paletteSearch';

const entry = (group: PaletteEntry['group'], label: string, extra: Partial<PaletteEntry> = {}): PaletteEntry => ({
  id: `${group}:${label}`,
  group,
  label,
  run: () => undefined,
  ...extra,
});

const entries: PaletteEntry[] = [
  entry('Commands', 'Import sources…', { keywords: 'add open files' }),
  entry('Commands', 'New memo'),
  entry('Commands', 'Export memo…'),
  entry('Commands', 'Toggle dark theme', { keywords: 'light appearance' }),
  entry('Sources', 'Dozens dead in unrest in Kazakhstan', { detail: 'Reuters · January 6, 2022' }),
  entry('Sources', 'Kazakhstan activists recall path from protest to bloodshed', { detail: 'AP' }),
  entry('Claims', 'More than 160 people were killed', { detail: 'Financial Times · unverified' }),
  entry('Memos', 'Death toll memo'),
];
const labels = (query: string) => searchPalette(entries, query).map((found) => found.label);

describe('searchPalette', () => {
  it('lists everything, grouped, when nothing is typed', () => {
    expect(labels('')).toHaveLength(entries.length);
    expect(searchPalette(entries, '').map((found) => found.group)).toEqual([
      'Commands',
      'Commands',
      'Commands',
      'Commands',
      'Sources',
      'Sources',
      'Claims',
      'Memos',
    ]);
  });

  it('finds commands by label and by the words behind them', () => {
    expect(labels('export')).toEqual(['Export memo…']);
    expect(labels('dark')).toEqual(['Toggle dark theme']);
    expect(labels('light')).toEqual(['Toggle dark theme']);
    expect(labels('add files')).toEqual(['Import sources…']);
  });

  it('needs every word, in any order', () => {
    expect(labels('kazakhstan dead')).toEqual(['Dozens dead in unrest in Kazakhstan']);
    expect(labels('memo death')).toEqual(['Death toll memo']);
  });

  it('ranks a label that starts with the query above one that merely contains it', () => {
    expect(labels('memo')).toEqual(['New memo', 'Export memo…', 'Death toll memo']);
    const found = searchPalette([entry('Sources', 'Kazakhstan unrest'), entry('Sources', 'Unrest in Almaty')], 'unrest');
    expect(found.map((f) => f.label)).toEqual(['Unrest in Almaty', 'Kazakhstan unrest']);
  });

  it('matches details too: outlet, attribution, status', () => {
    expect(labels('reuters')).toEqual(['Dozens dead in unrest in Kazakhstan']);
    expect(labels('financial')).toEqual(['More than 160 people were killed']);
  });

  it('ignores case and accents', () => {
    expect(fold('Nour-Sultan Ö')).toBe('nour-sultan o');
    expect(searchPalette([entry('Sources', 'Qaraǵandy protests')], 'QARAGANDY')).toHaveLength(1);
  });
});
