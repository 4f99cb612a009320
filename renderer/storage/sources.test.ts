import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceFromText } from '../../app/anchoring/testing/sourceFromText';
import { exportMemoToMarkdown } from '../../app/export';
import type { SerializedMemoNode, SerializedMemoState } from '../../app/model/types';
import type { NotebookDatabase, StoredSource } from './database';
import { addHighlight } from './highlights';
import {
  metadataProblems,
  setBlockKind,
  updateSourceMetadata,
  type SourceMetadataEdit,
} from './sources';
import { openTestDatabase } from './testDatabase';

const ARTICLE = [
  'Subscribe to our newsletter', // 0: boilerplate
  'URALSK — The river port reopened on Monday after four months under ice.', // 1: ¶ 1
  'Dockworkers spent the last fortnight clearing the quays.', // 2: ¶ 2
  'Read more: grain exporters count the cost of the cold snap', // 3: body, wrongly
  'Freight rates on the river are set for the season at the end of March.', // 4: ¶ 4
].join('\n\n');

const FREIGHT = 'Freight rates on the river are set';

let db: NotebookDatabase;
let source: StoredSource;

beforeEach(async () => {
  db = openTestDatabase();
  source = {
    ...sourceFromText(ARTICLE, {
      id: 'src_port',
      boilerplate: [0],
      metadata: {
        title: 'Port story from the wire',
        outlet: 'Wire copy',
        publishedAt: '2022-03',
        url: null,
      },
    }),
    contentKey: 'key-port',
  };
  await db.sources.add(source);
});
afterEach(async () => {
  await db.delete();
});

const edit = (changes: Partial<SourceMetadataEdit>): SourceMetadataEdit => ({
  title: 'River port reopens after winter closure',
  outlet: 'The Ural Courier',
  authors: ['Marat Ospanov'],
  publishedAt: '2022-03-14',
  url: 'https://uralcourier.example/region/river-port-reopens',
  ...changes,
});

describe('metadataProblems', () => {
  it('accepts a year, a month or a day, and no date at all', () => {
    for (const publishedAt of ['2022', '2022-03', '2022-03-14', '2024-02-29', null]) {
      expect(metadataProblems(edit({ publishedAt }))).toEqual({});
    }
  });

  it('says how to write a date it cannot read, and refuses days the calendar lacks', () => {
    expect(metadataProblems(edit({ publishedAt: '14/03/2022' })).publishedAt).toMatch(
      /YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    expect(metadataProblems(edit({ publishedAt: '2022-13' })).publishedAt).toMatch(
      /month must be 01 to 12/,
    );
    expect(metadataProblems(edit({ publishedAt: '2023-02-29' })).publishedAt).toMatch(
      /has 28 days/,
    );
  });

  it('takes only http and https addresses', () => {
    expect(metadataProblems(edit({ url: 'http://example.org/a' }))).toEqual({});
    expect(metadataProblems(edit({ url: 'uralcourier.example/river' })).url).toMatch(
      /starting with https:\/\//,
    );
    expect(metadataProblems(edit({ url: 'javascript:alert(1)' })).url).toMatch(
      /Only web addresses/,
    );
    expect(metadataProblems(edit({ url: 'https://example.org/a b' })).url).toMatch(/spaces/);
  });

  it('requires a title', () => {
    expect(metadataProblems(edit({ title: '   ' })).title).toMatch(/needs a title/);
  });
});

describe('updateSourceMetadata', () => {
  it('stores the corrected fields and leaves the text and blocks alone', async () => {
    await updateSourceMetadata(
      db,
      source.id,
      edit({ outlet: '  The Ural Courier ', authors: [' Marat Ospanov '] }),
    );
    const stored = await db.sources.get(source.id);
    expect(stored).toMatchObject({
      title: 'River port reopens after winter closure',
      outlet: 'The Ural Courier',
      authors: ['Marat Ospanov'],
      publishedAt: '2022-03-14',
      url: 'https://uralcourier.example/region/river-port-reopens',
      text: source.text,
      blocks: source.blocks,
    });
  });

  it('refuses an edit with problems and changes nothing', async () => {
    await expect(
      updateSourceMetadata(db, source.id, edit({ publishedAt: '2022-02-30' })),
    ).rejects.toThrow(/not a day/);
    expect((await db.sources.get(source.id))?.publishedAt).toBe('2022-03');
  });

  it('is what the Markdown export’s footnote prints', async () => {
    const highlight = await addHighlight(
      db,
      source,
      source.text.indexOf(FREIGHT),
      source.text.indexOf(FREIGHT) + FREIGHT.length,
    );
    await updateSourceMetadata(db, source.id, edit({}));
    const current = (await db.sources.get(source.id))!;
    const { markdown } = exportMemoToMarkdown(memoCiting(highlight.id), (id) =>
      id === highlight.id ? { highlight, source: current } : undefined,
    );
    const footnote = markdown.split('\n').find((line) => line.startsWith('[^1]:'));
    expect(footnote).toContain(
      // Chicago (CSL) title-cases the title and writes the paragraph locator "para. 4".
      'Marat Ospanov, “River Port Reopens after Winter Closure,” *The Ural Courier*, March 14, 2022, para. 4',
    );
    expect(footnote).toContain('https://uralcourier.example/region/river-port-reopens');
    // Nothing of the metadata as imported is left in the note.
    expect(footnote).not.toMatch(/port story|wire copy|March 2022/i);
  });
});

describe('setBlockKind', () => {
  it('renumbers body paragraphs and the highlights after the flipped block, in one write', async () => {
    const start = source.text.indexOf(FREIGHT);
    const highlight = await addHighlight(db, source, start, start + FREIGHT.length);
    expect(highlight.paragraph).toBe(4);

    const readMore = source.blocks[3]!;
    await setBlockKind(db, source.id, readMore.start, 'boilerplate');
    expect((await db.sources.get(source.id))?.blocks.map((block) => block.kind)).toEqual([
      'boilerplate',
      'body',
      'body',
      'boilerplate',
      'body',
    ]);
    const renumbered = await db.highlights.get(highlight.id);
    expect(renumbered?.paragraph).toBe(3);
    expect(renumbered?.selector).toEqual(highlight.selector);
    expect(renumbered?.updatedAt).toBe(highlight.updatedAt);

    await setBlockKind(db, source.id, source.blocks[0]!.start, 'body');
    expect((await db.highlights.get(highlight.id))?.paragraph).toBe(4);
  });

  it('gives a highlight in a block flipped to boilerplate no paragraph number, and back', async () => {
    const block = source.blocks[2]!;
    const highlight = await addHighlight(db, source, block.start, block.end);
    await setBlockKind(db, source.id, block.start, 'boilerplate');
    expect((await db.highlights.get(highlight.id))?.paragraph).toBeNull();
    await setBlockKind(db, source.id, block.start, 'body');
    expect((await db.highlights.get(highlight.id))?.paragraph).toBe(2);
  });

  it('refuses a block that does not exist and changes nothing', async () => {
    await expect(setBlockKind(db, source.id, 5, 'boilerplate')).rejects.toThrow(
      /no longer in this source/,
    );
    expect((await db.sources.get(source.id))?.blocks).toEqual(source.blocks);
  });
});

function memoCiting(highlightId: string): { title: string; content: SerializedMemoState } {
  const children: SerializedMemoNode[] = [
    {
      type: 'text',
      text: 'Rates hold.',
      format: 0,
      detail: 0,
      mode: 'normal',
      style: '',
      version: 1,
    },
    { type: 'citation', highlightId, claimId: null, version: 1 },
  ];
  return {
    title: 'Port memo',
    content: {
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type: 'paragraph',
            children,
            direction: 'ltr',
            format: '',
            indent: 0,
            textFormat: 0,
            version: 1,
          },
        ],
      },
    },
  };
}
