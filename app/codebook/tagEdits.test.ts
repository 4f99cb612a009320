import { describe, expect, it } from 'vitest';
import type { Claim, Tag } from '../model/types';
import {
  buildTagTree,
  deleteTag,
  flattenTagTree,
  mergeTags,
  moveTag,
  recolorTag,
  renameTag,
  tagPath,
  withDescendants,
} from './index';

const tag = (id: string, name: string, parentId: string | null = null): Tag => ({
  id,
  name,
  color: '#f4c542',
  parentId,
});
const claim = (id: string, tags: string[]): Claim => ({
  id,
  statement: id,
  attribution: '',
  attributionEntityId: null,
  subject: '',
  figure: null,
  tags,
  status: 'unverified',
  evidence: [],
  history: [{ at: '2026-01-01T00:00:00Z', action: 'created', sourceId: null, detail: 'Created' }],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const AT = '2026-03-01T00:00:00Z';

const violence = tag('t_v', 'Violence');
const deaths = tag('t_d', 'Death toll', 't_v');
const police = tag('t_p', 'Police deaths', 't_d');
const arrests = tag('t_a', 'Arrests');
const casualties = tag('t_c', 'casualties');
const codebook = [violence, deaths, police, arrests, casualties];

describe('the codebook as a tree', () => {
  it('nests children under parents, siblings by name, and reads paths', () => {
    const flat = flattenTagTree(buildTagTree(codebook)).map(
      (n) => `${'-'.repeat(n.depth)}${n.tag.name}`,
    );
    expect(flat).toEqual(['Arrests', 'casualties', 'Violence', '-Death toll', '--Police deaths']);
    expect(tagPath(codebook, 't_p')).toBe('Violence › Death toll › Police deaths');
    expect([...withDescendants(codebook, 't_v')].sort()).toEqual(['t_d', 't_p', 't_v']);
  });

  it('shows a tag whose parent is gone at the top instead of losing it', () => {
    expect(buildTagTree([tag('x', 'Orphan', 'missing')]).map((n) => n.tag.name)).toEqual([
      'Orphan',
    ]);
  });

  it('refuses a move that would put a tag under its own child', () => {
    expect(() => moveTag(codebook, 't_v', 't_p')).toThrow(/under itself/);
    expect(moveTag(codebook, 't_p', null).putTags).toEqual([{ ...police, parentId: null }]);
  });
});

describe('rename and recolour', () => {
  it('renames, refusing a name another tag has in any case', () => {
    expect(renameTag(codebook, 't_c', '  Casualties  ').putTags[0]!.name).toBe('Casualties');
    expect(() => renameTag(codebook, 't_c', 'arrests')).toThrow(/already a tag/);
    expect(() => renameTag(codebook, 't_c', ' ')).toThrow(/needs a name/);
  });

  it('accepts only #rrggbb colours, since they go into CSS', () => {
    expect(recolorTag(codebook, 't_a', '#ABC').putTags[0]!.color).toBe('#aabbcc');
    expect(() => recolorTag(codebook, 't_a', 'red;background:url(x)')).toThrow(/not a colour/);
  });
});

describe('merge semantics', () => {
  it('moves claims and children to the kept tag, once, and removes the merged tag', () => {
    const claims = [claim('c1', ['t_d', 't_c']), claim('c2', ['t_c']), claim('c3', ['t_a'])];
    const change = mergeTags(codebook, claims, 't_d', 't_c', AT);
    expect(change.deleteTagIds).toEqual(['t_d']);
    expect(change.putTags).toEqual([{ ...police, parentId: 't_c' }]);
    expect(change.putClaims.map((c) => [c.id, c.tags])).toEqual([['c1', ['t_c']]]);
    expect(change.putClaims[0]!.history.at(-1)!.detail).toBe(
      'Tag “Death toll” merged into “casualties”',
    );
    expect(change.deleteClaimIds).toEqual([]);
  });

  it('refuses to merge a tag into its own child', () => {
    expect(() => mergeTags(codebook, [], 't_v', 't_p', AT)).toThrow(/own children/);
  });
});

describe('delete semantics: the analyst chooses what happens to tagged claims', () => {
  const claims = [claim('c1', ['t_d', 't_a']), claim('c2', ['t_d']), claim('c3', ['t_a'])];

  it('untag: the claims stay, without the tag; children move up to the deleted tag’s parent', () => {
    const change = deleteTag(codebook, claims, 't_d', { kind: 'untag' }, AT);
    expect(change.deleteTagIds).toEqual(['t_d']);
    expect(change.putTags).toEqual([{ ...police, parentId: 't_v' }]);
    expect(change.putClaims.map((c) => [c.id, c.tags])).toEqual([
      ['c1', ['t_a']],
      ['c2', []],
    ]);
    expect(change.deleteClaimIds).toEqual([]);
  });

  it('retag: the claims carry another tag instead', () => {
    const change = deleteTag(codebook, claims, 't_d', { kind: 'retag', tagId: 't_v' }, AT);
    expect(change.putClaims.map((c) => [c.id, c.tags])).toEqual([
      ['c1', ['t_v', 't_a']],
      ['c2', ['t_v']],
    ]);
  });

  it('delete-claims: the tagged claims go with the tag; others are untouched', () => {
    const change = deleteTag(codebook, claims, 't_d', { kind: 'delete-claims' }, AT);
    expect(change.deleteClaimIds).toEqual(['c1', 'c2']);
    expect(change.putClaims).toEqual([]);
  });
});
