import type { Tag } from '../model/types';
import { nextTagColor, normalizeTagColor } from './colors';
import type { CodebookChange } from './tagEdits';

/** A code read from a codebook file, before it is matched against the notebook's tags. */
export interface ImportedCode {
  readonly name: string;
  readonly color: string | null;
  /** The parent's name; null at the top. */
  readonly parentName: string | null;
  readonly description: string;
}

/**
 * How an imported codebook lands in the notebook: a code whose name (any case) is already a
 * tag updates that tag's colour, parent and description; a new name becomes a new tag. Nothing
 * is deleted, so importing twice changes nothing the second time.
 */
export function planCodebookImport(
  existing: readonly Tag[],
  codes: readonly ImportedCode[],
  newTagId: () => string,
): CodebookChange {
  const byName = new Map(existing.map((t) => [t.name.toLowerCase(), t] as const));
  const result = new Map<string, Tag>();
  const used = existing.map((t) => t.color);
  // First pass: every code gets its tag (existing or new) so parents can be found by name.
  for (const code of codes) {
    const name = code.name.trim().replace(/\s+/g, ' ');
    const key = name.toLowerCase();
    if (!name || result.has(key)) continue;
    const current = byName.get(key);
    const color =
      (code.color && normalizeTagColor(code.color)) ?? current?.color ?? nextTagColor(used);
    used.push(color);
    const tag: Tag = current
      ? { ...current, color, ...(code.description ? { description: code.description } : {}) }
      : {
          id: newTagId(),
          name,
          color,
          parentId: null,
          ...(code.description ? { description: code.description } : {}),
        };
    result.set(key, tag);
  }
  for (const code of codes) {
    const key = code.name.trim().replace(/\s+/g, ' ').toLowerCase();
    const tag = result.get(key);
    if (!tag || code.parentName === null) continue;
    const parentKey = code.parentName.trim().toLowerCase();
    const parent = result.get(parentKey) ?? byName.get(parentKey);
    if (parent && parent.id !== tag.id) result.set(key, { ...tag, parentId: parent.id });
  }
  const changed = [...result.values()].filter((tag) => {
    const before = existing.find((t) => t.id === tag.id);
    return !before || JSON.stringify(before) !== JSON.stringify(tag);
  });
  return {
    putTags: breakCycles(changed, existing),
    deleteTagIds: [],
    putClaims: [],
    deleteClaimIds: [],
  };
}

/** A file's parents can contradict the notebook's; a tag that would sit under itself goes to the top. */
function breakCycles(changed: readonly Tag[], existing: readonly Tag[]): Tag[] {
  const byId = new Map([...existing, ...changed].map((t) => [t.id, t] as const));
  return changed.map((tag) => {
    const seen = new Set<string>([tag.id]);
    for (let at = tag.parentId; at; at = byId.get(at)?.parentId ?? null) {
      if (seen.has(at)) {
        const top = { ...tag, parentId: null };
        byId.set(tag.id, top);
        return top;
      }
      seen.add(at);
    }
    return tag;
  });
}
