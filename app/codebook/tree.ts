import type { Tag } from '../model/types';

/** A tag with its children, for showing the codebook as a tree. */
export interface TagNode {
  readonly tag: Tag;
  readonly depth: number;
  readonly children: readonly TagNode[];
}

/**
 * The codebook as a tree, siblings by name. A tag whose parent is missing, or that sits in a
 * cycle (only a damaged import could make one), is shown at the top rather than lost.
 */
export function buildTagTree(tags: readonly Tag[]): TagNode[] {
  const ids = new Set(tags.map((t) => t.id));
  const children = new Map<string | null, Tag[]>();
  for (const tag of tags) {
    const parent =
      tag.parentId && ids.has(tag.parentId) && !inCycle(tags, tag.id) ? tag.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), tag]);
  }
  const build = (parent: string | null, depth: number): TagNode[] =>
    (children.get(parent) ?? [])
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((tag) => ({ tag, depth, children: build(tag.id, depth + 1) }));
  return build(null, 0);
}

/** The tree flattened in display order (depth-first), for lists and keyboard navigation. */
export function flattenTagTree(nodes: readonly TagNode[]): TagNode[] {
  return nodes.flatMap((node) => [node, ...flattenTagTree(node.children)]);
}

function inCycle(tags: readonly Tag[], id: string): boolean {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const seen = new Set<string>();
  for (let at = byId.get(id)?.parentId ?? null; at; at = byId.get(at)?.parentId ?? null) {
    if (at === id) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

/** The ids of a tag and of every tag below it: filtering by "violence" finds "death toll" too. */
export function withDescendants(tags: readonly Tag[], id: string): Set<string> {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const tag of tags) {
      if (tag.parentId && result.has(tag.parentId) && !result.has(tag.id)) {
        result.add(tag.id);
        grew = true;
      }
    }
  }
  return result;
}

/** The tag's path from the top: "Violence › Death toll". */
export function tagPath(tags: readonly Tag[], id: string): string {
  const byId = new Map(tags.map((t) => [t.id, t]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (
    let tag = byId.get(id);
    tag && !seen.has(tag.id);
    tag = tag.parentId ? byId.get(tag.parentId) : undefined
  ) {
    seen.add(tag.id);
    names.unshift(tag.name);
  }
  return names.join(' › ');
}
