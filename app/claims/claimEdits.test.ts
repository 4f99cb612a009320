import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  createClaim,
  editClaim,
  mergeClaims,
  removeEvidence,
  setEvidenceStance,
} from './claimEdits';
import { parseFigure } from './parseFigure';
import { claim, evidence, HIGHLIGHTS } from './testing/records';

const LATER = '2026-03-02T09:00:00.000Z';

describe('createClaim', () => {
  it('starts with its passage as evidence and a trail naming the source', () => {
    const created = createClaim({
      id: 'clm_1',
      statement: '  More than 160 killed ',
      attribution: ' FT ',
      attributionEntityId: null,
      subject: ' death toll ',
      figure: parseFigure('more than 160 people'),
      tags: ['t', 't'],
      status: 'unverified',
      evidence: {
        highlightId: 'hl_ft',
        stance: 'supports',
        figure: null,
        attribution: '',
        attributionEntityId: null,
      },
      sourceId: 'src_ft',
      at: LATER,
    });
    expect(created).toMatchObject({
      statement: 'More than 160 killed',
      attribution: 'FT',
      subject: 'death toll',
      tags: ['t'],
    });
    expect(created.evidence).toEqual([
      {
        highlightId: 'hl_ft',
        stance: 'supports',
        figure: null,
        attribution: '',
        attributionEntityId: null,
        addedAt: LATER,
      },
    ]);
    expect(created.history).toEqual([
      {
        at: LATER,
        action: 'created',
        sourceId: 'src_ft',
        detail: 'Created with a passage that supports it',
      },
    ]);
  });
});

describe('evidence from several sources', () => {
  const base = claim({ id: 'clm', evidence: [evidence(HIGHLIGHTS.ft)] });

  it('adds a passage with its stance, and records when and from which source', () => {
    const next = addEvidence(base, evidence(HIGHLIGHTS.ind, 'contradicts'), 'src_ind', LATER);
    expect(next.evidence.map((e) => [e.highlightId, e.stance])).toEqual([
      ['hl_ft', 'supports'],
      ['hl_ind', 'contradicts'],
    ]);
    expect(next.history.at(-1)).toEqual({
      at: LATER,
      action: 'evidence-added',
      sourceId: 'src_ind',
      detail: 'Passage added: contradicts (dozens of protesters)',
    });
    expect(next.updatedAt).toBe(LATER);
  });

  it('never holds the same passage twice: adding it again changes its stance', () => {
    const next = addEvidence(
      base,
      { ...evidence(HIGHLIGHTS.ft), stance: 'mentions' },
      'src_ft',
      LATER,
    );
    expect(next.evidence.map((e) => [e.highlightId, e.stance])).toEqual([['hl_ft', 'mentions']]);
  });

  it('changes a stance and removes a passage, each leaving a line in the trail', () => {
    const changed = setEvidenceStance(base, 'hl_ft', 'contradicts', 'src_ft', LATER);
    expect(changed.history.at(-1)!.detail).toBe('Passage stance: supports → contradicts');
    expect(setEvidenceStance(changed, 'hl_ft', 'contradicts', null, LATER)).toBe(changed);
    const removed = removeEvidence(changed, 'hl_ft', 'src_ft', LATER);
    expect(removed.evidence).toEqual([]);
    expect(removed.history.map((h) => h.action)).toEqual([
      'created',
      'evidence-changed',
      'evidence-removed',
    ]);
  });
});

describe('editClaim', () => {
  it('writes one audit line listing each field that changed, and nothing when none did', () => {
    const base = claim({ id: 'c', status: 'unverified', subject: '' });
    const edited = editClaim(
      base,
      { status: 'disputed', subject: 'death toll', statement: base.statement },
      LATER,
    );
    expect(edited.history.at(-1)).toEqual({
      at: LATER,
      action: 'edited',
      sourceId: null,
      detail: 'status: unverified → disputed; subject: none → death toll',
    });
    expect(editClaim(edited, { status: 'disputed' }, LATER)).toBe(edited);
    expect(() => editClaim(base, { statement: '  ' }, LATER)).toThrow(/statement/);
  });
});

describe('mergeClaims semantics', () => {
  it('keeps the first claim’s id, statement and status; unites passages and tags; fills what it lacked', () => {
    const kept = claim({
      id: 'a',
      statement: 'More than 160 died',
      status: 'corroborated',
      tags: ['t1'],
      evidence: [evidence(HIGHLIGHTS.ft)],
      createdAt: '2026-02-01T00:00:00Z',
    });
    const absorbed = claim({
      id: 'b',
      statement: 'About 164 killed',
      status: 'disputed',
      tags: ['t1', 't2'],
      subject: 'death toll',
      attribution: 'AP',
      figure: parseFigure('about 164 people'),
      evidence: [{ ...evidence(HIGHLIGHTS.ft), stance: 'contradicts' }, evidence(HIGHLIGHTS.ap)],
      createdAt: '2026-01-15T00:00:00Z',
      history: [
        { at: '2026-01-15T00:00:00Z', action: 'created', sourceId: 'src_ap', detail: 'Created' },
      ],
    });
    const merged = mergeClaims(kept, absorbed, LATER);
    expect(merged).toMatchObject({
      id: 'a',
      statement: 'More than 160 died',
      status: 'corroborated',
      subject: 'death toll',
      attribution: 'AP',
      tags: ['t1', 't2'],
    });
    expect(merged.figure).toEqual(parseFigure('about 164 people'));
    expect(merged.evidence.map((e) => [e.highlightId, e.stance])).toEqual([
      ['hl_ft', 'supports'],
      ['hl_ap', 'supports'],
    ]);
    expect(merged.createdAt).toBe('2026-01-15T00:00:00Z');
    expect(merged.history.map((h) => h.sourceId ?? h.action)).toEqual([
      'src_ap',
      'created',
      'merged',
    ]);
    expect(merged.history.at(-1)!.detail).toBe('Merged with “About 164 killed”');
  });
});
