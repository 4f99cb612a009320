import { describe, expect, it } from 'vitest';
import { ParseError, parseClaim, parseHighlight, parseMemo, parseOriginal, parseSource, parseTag } from './parse';

const sha = 'a'.repeat(64);
const source = {
  id: 'src_1',
  title: 'Dozens dead in unrest in Kazakhstan',
  importedAt: '2026-01-10T10:00:00.000Z',
  origin: { fileName: 'dozens.txt', mediaType: 'text/plain', encoding: 'utf-8', sha256: sha },
  text: 'Dozens dead.\n\nAlmaty',
  blocks: [
    { start: 0, end: 12, kind: 'body' },
    { start: 14, end: 20, kind: 'boilerplate' },
  ],
};

function refusal(parse: (value: unknown) => unknown, value: unknown): string {
  try {
    parse(value);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('parseSource', () => {
  it('fills missing metadata with defaults and keeps what is there', () => {
    expect(parseSource(source)).toMatchObject({ outlet: null, authors: [], publishedAt: null, url: null, language: 'und', title: source.title });
  });

  it('refuses blocks outside the text or out of order, a bad date, a bad checksum, a non-record', () => {
    expect(refusal(parseSource, { ...source, blocks: [{ start: 0, end: 99, kind: 'body' }] })).toMatch(/blocks\[0\]/);
    expect(refusal(parseSource, { ...source, blocks: [source.blocks[1], source.blocks[0]] })).toMatch(/blocks\[1\]/);
    expect(refusal(parseSource, { ...source, publishedAt: 'January 2022' })).toMatch(/publishedAt/);
    expect(refusal(parseSource, { ...source, origin: { ...source.origin, sha256: 'x' } })).toMatch(/sha256/);
    expect(refusal(parseSource, { ...source, text: undefined })).toMatch(/source\.text is missing/);
    expect(refusal(parseSource, 'src_1')).toMatch(/not a record/);
    expect(refusal(parseSource, [source])).toMatch(/not a record/);
  });
});

describe('parseOriginal', () => {
  it('keeps bytes and refuses anything else', () => {
    expect(parseOriginal({ sourceId: 'src_1', bytes: new Uint8Array([1]) }).bytes).toEqual(new Uint8Array([1]));
    expect(refusal(parseOriginal, { sourceId: 'src_1', bytes: 'AQ==' })).toMatch(/bytes/);
  });
});

describe('parseHighlight', () => {
  const highlight = {
    id: 'hl_1',
    sourceId: 'src_1',
    selector: { quote: { exact: 'Dozens dead' }, position: { start: 0, end: 11 } },
    updatedAt: '2026-01-10T10:00:00.000Z',
  };

  it('fills note, colour, paragraph, context and the missing timestamp', () => {
    expect(parseHighlight(highlight)).toEqual({
      ...highlight,
      selector: { quote: { exact: 'Dozens dead', prefix: '', suffix: '' }, position: { start: 0, end: 11 } },
      paragraph: null,
      note: '',
      color: 'yellow',
      createdAt: highlight.updatedAt,
    });
  });

  it('refuses a selector that cannot anchor', () => {
    expect(refusal(parseHighlight, { ...highlight, selector: { ...highlight.selector, position: { start: 5, end: 2 } } })).toMatch(/position/);
    expect(refusal(parseHighlight, { ...highlight, selector: { quote: { exact: '' }, position: { start: 0, end: 0 } } })).toMatch(/exact/);
    expect(refusal(parseHighlight, { ...highlight, selector: undefined })).toMatch(/selector/);
    expect(refusal(parseHighlight, { ...highlight, updatedAt: undefined })).toMatch(/updatedAt/);
    expect(refusal(parseHighlight, { ...highlight, paragraph: 0 })).toMatch(/paragraph/);
  });
});

describe('parseClaim', () => {
  const claim = {
    id: 'clm_1',
    statement: 'More than 160 people were killed',
    evidence: [{ highlightId: 'hl_1', stance: 'contradicts' }],
    createdAt: '2026-01-10T10:00:00.000Z',
  };

  it('defaults status to unverified, evidence fields and everything optional', () => {
    const parsed = parseClaim(claim);
    expect(parsed.status).toBe('unverified');
    expect(parsed.tags).toEqual([]);
    expect(parsed.attribution).toBe('');
    expect(parsed.evidence).toEqual([expect.objectContaining({ highlightId: 'hl_1', stance: 'contradicts' })]);
  });

  it('refuses an unknown status or stance, an empty statement, evidence without a highlight', () => {
    expect(refusal(parseClaim, { ...claim, status: 'true-ish' })).toMatch(/status/);
    expect(refusal(parseClaim, { ...claim, statement: ' ' })).toMatch(/statement/);
    expect(refusal(parseClaim, { ...claim, evidence: [{ stance: 'supports' }] })).toMatch(/highlightId/);
    expect(refusal(parseClaim, { ...claim, evidence: [{ highlightId: 'hl_1', stance: 'maybe' }] })).toMatch(/stance/);
  });
});

describe('parseTag and parseMemo', () => {
  it('fills a tag colour and refuses a nameless tag', () => {
    expect(parseTag({ id: 'tag_1', name: ' death toll ' })).toEqual({ id: 'tag_1', name: 'death toll', color: '#f4c542', parentId: null });
    expect(refusal(parseTag, { id: 'tag_1', name: '' })).toMatch(/name/);
  });

  it('keeps a memo document as-is and refuses one that is not a Lexical root', () => {
    const content = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Toll' }] }] } };
    const memo = { id: 'memo_1', title: 'Toll', content, createdAt: '2026-01-10T10:00:00.000Z' };
    expect(parseMemo(memo).content).toBe(content);
    expect(refusal(parseMemo, { ...memo, content: { root: { type: 'paragraph' } } })).toMatch(/root/);
    expect(refusal(parseMemo, { ...memo, content: { root: { type: 'root', children: [{ text: 1, type: 'text' }] } } })).toMatch(/text/);
    let deep: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 100; i++) deep = { type: 'paragraph', children: [deep] };
    expect(refusal(parseMemo, { ...memo, content: { root: { type: 'root', children: [deep] } } })).toMatch(/nested too deeply/);
  });
});
