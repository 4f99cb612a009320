import type { Entity } from '../model/types';
import { foldName } from './foldName';

/** Every spelling key of an entity: its name's and its aliases'. */
export function entityKeys(entity: Entity): string[] {
  return [...new Set([entity.name, ...entity.aliases].map(foldName).filter(Boolean))];
}

/**
 * The entity `name` denotes, spelled any way: "Toqaev" and "Токаев" find the entity named
 * "Tokayev"; null when none or when the name is empty.
 */
export function matchEntity(name: string, entities: readonly Entity[]): Entity | null {
  const key = foldName(name);
  if (!key) return null;
  return entities.find((entity) => entityKeys(entity).includes(key)) ?? null;
}

/** How well a typed prefix matches a key: 0 exact, 1 prefix, 2 a later word's prefix, null none. */
function rank(typed: string, key: string): number | null {
  if (key === typed) return 0;
  if (key.startsWith(typed)) return 1;
  if (key.split(' ').some((word) => word.startsWith(typed))) return 2;
  return null;
}

/** An entity suggested while typing, with the spelling that matched. */
export interface EntitySuggestion {
  readonly entity: Entity;
  /** The name or alias that matched, as written. */
  readonly matched: string;
}

/**
 * Entities to suggest for what has been typed so far, best first: exact spelling-key matches,
 * then prefixes of a name or alias, then prefixes of a later word ("Tok" finds "Kassym-Jomart
 * Tokayev"). An empty query suggests nothing.
 */
export function suggestEntities(
  typed: string,
  entities: readonly Entity[],
  limit = 8,
): EntitySuggestion[] {
  const query = foldName(typed);
  if (!query) return [];
  const scored: { suggestion: EntitySuggestion; score: number }[] = [];
  for (const entity of entities) {
    let best: { score: number; matched: string } | null = null;
    for (const spelling of [entity.name, ...entity.aliases]) {
      const score = rank(query, foldName(spelling));
      if (score !== null && (!best || score < best.score)) best = { score, matched: spelling };
    }
    if (best) scored.push({ suggestion: { entity, matched: best.matched }, score: best.score });
  }
  scored.sort(
    (a, b) => a.score - b.score || a.suggestion.entity.name.localeCompare(b.suggestion.entity.name),
  );
  return scored.slice(0, limit).map((entry) => entry.suggestion);
}

/** Aliases with the duplicates (by spelling key) and the name itself removed, order kept. */
export function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldName(name)]);
  const kept: string[] = [];
  for (const alias of aliases.map((a) => a.trim())) {
    const key = foldName(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    kept.push(alias);
  }
  return kept;
}

/**
 * `absorbed` folded into `kept`: one entity under `kept`'s id and name, with every spelling of
 * both as aliases. Claims attributed to `absorbed` must be pointed at `kept` by the caller.
 */
export function mergeEntities(kept: Entity, absorbed: Entity, at: string): Entity {
  return {
    ...kept,
    aliases: distinctAliases(kept.name, [...kept.aliases, absorbed.name, ...absorbed.aliases]),
    updatedAt: at,
  };
}

/** A spelling added to an entity; unchanged when it is already one of its spellings. */
export function addAlias(entity: Entity, alias: string, at: string): Entity {
  const aliases = distinctAliases(entity.name, [...entity.aliases, alias]);
  return aliases.length === entity.aliases.length ? entity : { ...entity, aliases, updatedAt: at };
}
