import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/types';
import {
  addAlias,
  findMentions,
  guessEntityKind,
  foldName,
  matchEntity,
  mergeEntities,
  suggestEntities,
} from './index';

const entity = (
  id: string,
  name: string,
  aliases: string[] = [],
  kind: Entity['kind'] = 'person',
): Entity => ({
  id,
  kind,
  name,
  aliases,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

describe('foldName: one key for one name however it is spelled', () => {
  it.each([
    ['Tokayev', 'Toqaev', 'Токаев'],
    ['Nazarbayev', 'Nazarbaev', 'Назарбаев'],
    ['Kassym-Jomart Tokayev', 'Qasym-Zhomart Toqaev', 'Касым-Жомарт Токаев'],
    ['Nur-Sultan', 'Nour-Sultan', 'Нур-Султан'],
    ['Kazakhstan', 'Qazaqstan', 'Казахстан'],
    ['Yerlan', 'Erlan', 'Ерлан'],
  ])('%s = %s = %s', (a, b, c) => {
    expect(foldName(b)).toBe(foldName(a));
    expect(foldName(c)).toBe(foldName(a));
  });

  it('keeps different names apart and drops leading titles', () => {
    expect(foldName('Tokayev')).not.toBe(foldName('Nazarbayev'));
    expect(foldName('Massimov')).not.toBe(foldName('Mamai'));
    expect(foldName('President Tokayev')).toBe(foldName('Tokayev'));
    expect(foldName("Tokayev's")).toBe(foldName('Tokayev'));
  });
});

describe('entities with aliases', () => {
  const tokayev = entity('ent_t', 'Kassym-Jomart Tokayev', ['Tokayev']);
  const ministry = entity('ent_m', 'Interior ministry', [], 'body');
  const entities = [tokayev, ministry];

  it('matches an attribution spelled another way to the same person', () => {
    expect(matchEntity('Toqaev', entities)).toBe(tokayev);
    expect(matchEntity('Токаев', entities)).toBe(tokayev);
    expect(matchEntity('Qasym-Zhomart Toqaev', entities)).toBe(tokayev);
    expect(matchEntity('interior Ministry', entities)).toBe(ministry);
    expect(matchEntity('Nazarbayev', entities)).toBeNull();
    expect(matchEntity('  ', entities)).toBeNull();
  });

  it('suggests entities while typing, exact spelling first, then prefixes of any word', () => {
    expect(suggestEntities('Toq', entities).map((s) => s.entity.id)).toEqual(['ent_t']);
    expect(suggestEntities('int', entities).map((s) => s.matched)).toEqual(['Interior ministry']);
    expect(suggestEntities('Kas', entities)[0]!.matched).toBe('Kassym-Jomart Tokayev');
    expect(suggestEntities('', entities)).toEqual([]);
  });

  it('merges two entities into one that answers to every spelling of both', () => {
    const toqaev = entity('ent_q', 'Toqaev', ['Qasym-Zhomart Toqaev', 'Токаев']);
    const merged = mergeEntities(tokayev, toqaev, '2026-02-01T00:00:00Z');
    expect(merged.id).toBe('ent_t');
    expect(merged.name).toBe('Kassym-Jomart Tokayev');
    // "Toqaev" and "Qasym-Zhomart Toqaev" fold to spellings it already has; "Токаев" too.
    expect(merged.aliases).toEqual(['Tokayev']);
    const withNew = mergeEntities(
      tokayev,
      entity('ent_p', 'the president'),
      '2026-02-01T00:00:00Z',
    );
    expect(withNew.aliases).toEqual(['Tokayev', 'the president']);
    expect(matchEntity('the president', [withNew])).toBe(withNew);
  });

  it('adds an alias only when it is a new spelling', () => {
    expect(addAlias(tokayev, 'Toqaev', 'later')).toBe(tokayev);
    expect(addAlias(tokayev, 'Elbasy successor', 'later').aliases).toEqual([
      'Tokayev',
      'Elbasy successor',
    ]);
  });
});

describe('findMentions', () => {
  it('finds the entity in a source whatever the spelling, longest spelling first', () => {
    const text =
      'Nazarbaev resigned and picked Qasym-Zhomart Toqaev as his replacement. Later Toqaev’s government fell; Tokayev said so.';
    const tokayev = entity('ent_t', 'Kassym-Jomart Tokayev', ['Tokayev']);
    expect(findMentions(text, tokayev).map((m) => m.text)).toEqual([
      'Qasym-Zhomart Toqaev',
      'Toqaev’s',
      'Tokayev',
    ]);
    expect(findMentions(text, entity('ent_n', 'Nazarbayev')).map((m) => [m.start, m.end])).toEqual([
      [0, 9],
    ]);
  });
});

describe('guessEntityKind', () => {
  it('takes institutions, outlets and acronyms for bodies, and plain names for people', () => {
    expect(
      [
        'Interior ministry',
        'Financial Times',
        'RFE/RL',
        'AP',
        'authorities',
        'police spokeswoman',
      ].map(guessEntityKind),
    ).toEqual(Array(6).fill('body'));
    expect(['Tokayev', 'Kassym-Jomart Tokayev', 'Saltanat Azirbek'].map(guessEntityKind)).toEqual([
      'person',
      'person',
      'person',
    ]);
    expect(guessEntityKind('Almaty region')).toBe('place');
  });
});
