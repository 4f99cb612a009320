import { describe, expect, it } from 'vitest';
import { planMerge, type MergeSpec } from './merge';

const spec: MergeSpec = {
  tables: {
    sources: { primaryKey: 'id', uniqueFields: ['contentKey'] },
    originals: { primaryKey: 'sourceId', uniqueFields: [] },
    highlights: { primaryKey: 'id', uniqueFields: [] },
    claims: { primaryKey: 'id', uniqueFields: [] },
    tags: { primaryKey: 'id', uniqueFields: ['name'] },
    settings: { primaryKey: 'key', uniqueFields: [] },
  },
  references: [
    { table: '*', field: 'sourceId', target: 'sources' },
    { table: 'claims', field: 'tags', target: 'tags' },
    { table: 'tags', field: 'parentId', target: 'tags' },
  ],
};

const old = '2026-01-01T00:00:00.000Z';
const later = '2026-02-01T00:00:00.000Z';

describe('planMerge', () => {
  it('adds new records, updates only strictly newer ones, and keeps the rest', () => {
    const local = { claims: [{ id: 'c1', statement: 'a', updatedAt: later }, { id: 'c2', statement: 'b', updatedAt: old }] };
    const incoming = {
      claims: [
        { id: 'c1', statement: 'a (older edit)', updatedAt: old },
        { id: 'c2', statement: 'b (newer edit)', updatedAt: later },
        { id: 'c3', statement: 'c', updatedAt: old },
      ],
    };
    const plan = planMerge(local, incoming, spec);
    expect(plan.puts.claims!.map((row) => row.statement)).toEqual(['b (newer edit)', 'c']);
    expect(plan.counts.claims).toEqual({ added: 1, updated: 1, unchanged: 1 });
  });

  it('matches the same article imported under another id and points highlights at the local copy', () => {
    const local = {
      sources: [{ id: 'src_here', contentKey: 'k1', title: 'Dozens dead' }],
      originals: [{ sourceId: 'src_here', bytes: new Uint8Array([1]) }],
    };
    const incoming = {
      sources: [{ id: 'src_there', contentKey: 'k1', title: 'Dozens dead' }],
      originals: [{ sourceId: 'src_there', bytes: new Uint8Array([1]) }],
      highlights: [{ id: 'hl_1', sourceId: 'src_there', updatedAt: old }],
    };
    const plan = planMerge(local, incoming, spec);
    expect(plan.puts.sources).toEqual([]);
    expect(plan.puts.originals).toEqual([]);
    expect(plan.puts.highlights).toEqual([{ id: 'hl_1', sourceId: 'src_here', updatedAt: old }]);
  });

  it('maps tags by name inside claims and tag trees', () => {
    const local = { tags: [{ id: 't_here', name: 'death toll' }] };
    const incoming = {
      tags: [{ id: 't_there', name: 'death toll' }, { id: 't_child', name: 'Zhanaozen', parentId: 't_there' }],
      claims: [{ id: 'c1', tags: ['t_there', 't_child'], updatedAt: old }],
    };
    const plan = planMerge(local, incoming, spec);
    expect(plan.puts.tags).toEqual([{ id: 't_child', name: 'Zhanaozen', parentId: 't_here' }]);
    expect(plan.puts.claims![0]!.tags).toEqual(['t_here', 't_child']);
  });

  it('never writes a row whose unique value another local record holds', () => {
    const local = { tags: [{ id: 't1', name: 'arrests' }, { id: 't2', name: 'toll' }] };
    const incoming = { tags: [{ id: 't1', name: 'toll', updatedAt: later }] };
    expect(planMerge(local, incoming, spec).puts.tags).toEqual([]);
  });

  it('keeps local settings and adds missing ones', () => {
    const plan = planMerge({ settings: [{ key: 'corpusSeeded', value: old }] }, { settings: [{ key: 'corpusSeeded', value: later }, { key: 'x', value: 1 }] }, spec);
    expect(plan.puts.settings).toEqual([{ key: 'x', value: 1 }]);
  });
});
