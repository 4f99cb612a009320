import { readFileSync } from 'node:fs';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';

import { describeRange } from '../anchoring';
import { sourceFromText } from '../anchoring/testing/sourceFromText';
import type { Highlight, SerializedMemoNode, SerializedMemoState, Source } from '../model/types';
import { exportMemoToMarkdown, listCitations } from './markdown';
import type { CitedPassage } from './markdown';

const corpus = (name: string): string =>
  readFileSync(new URL(`../../corpus/${name}`, import.meta.url), 'utf8');

// Paragraphs 0–4 are the aggregator's banner, the headline and the byline; 21–23 its footer.
const rferl = sourceFromText(corpus('000_b5eec4deae6e9591.txt'), {
  id: 'src_rferl',
  boilerplate: [0, 1, 2, 3, 4, 21, 22, 23],
  metadata: {
    title: 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day',
    outlet: 'RFE/RL',
    authors: ["RFE/RL's Kazakh Service"],
    publishedAt: '2021-12-16',
    url: 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html',
  },
});
// Partial metadata: no author, month-only date, no URL. 0 is the headline, 7–8 photo captions.
const ft = sourceFromText(corpus('001_31aec38b310682cc.txt'), {
  id: 'src_ft',
  boilerplate: [0, 7, 8, 45, 46, 47, 48],
  metadata: {
    title: 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown',
    outlet: 'Financial Times',
    publishedAt: '2022-01',
  },
});

function highlight(id: string, source: Source, words: string): Highlight {
  const start = source.text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" not in ${source.id}`);
  return {
    id,
    sourceId: source.id,
    selector: describeRange(source.text, start, start + words.length),
    paragraph: 999, // a stale cache: the export must recompute it
    note: '',
    color: 'yellow',
    createdAt: '2026-11-22T00:00:00.000Z',
    updatedAt: '2026-11-22T00:00:00.000Z',
  };
}

const MOURNING = '"It is not a celebration day now, it is a day of mourning,"';
const KILLED = 'About 164 people were killed';
const highlights = [
  highlight('hl_mourning', rferl, MOURNING),
  highlight('hl_killed', ft, KILLED),
  highlight('hl_edited', ft, 'More than 160 people, including police officers, were killed.'),
];
// The FT text as it is now: a later re-import changed the sentence hl_edited quotes.
const ftNow: Source = {
  ...ft,
  text: ft.text.replace('More than 160 people', 'More than 170 people'),
};
const sources = new Map([rferl, ftNow].map((source) => [source.id, source]));
const lookup = (highlightId: string): CitedPassage | undefined => {
  const found = highlights.find((candidate) => candidate.id === highlightId);
  return found && { highlight: found, source: sources.get(found.sourceId) };
};

const text = (value: string, format = 0): SerializedMemoNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const cite = (highlightId: string, claimId: string | null = null): SerializedMemoNode => ({
  type: 'citation',
  highlightId,
  claimId,
  version: 1,
});
const paragraph = (...children: SerializedMemoNode[]): SerializedMemoNode => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  version: 1,
});

const memo: { title: string; content: SerializedMemoState } = {
  title: 'Kazakhstan: the death toll #1',
  content: {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: [
        paragraph(
          text('Protesters called it a day of mourning'),
          cite('hl_mourning', 'clm_mourning'),
          text(' weeks before the FT counted the dead.'),
          cite('hl_killed'),
        ),
        paragraph(
          text('Tallies vary: *160* or 2_000 [sic] <b>arrests</b> & more | see &amp; `x`.'),
        ),
        paragraph(text('# not a heading')),
        paragraph(text('1. not a list'), { type: 'linebreak', version: 1 }, text('- nor this')),
        paragraph(
          text('Officials ', 0),
          text('refused', 1),
          text(' to ', 0),
          text('confirm', 2),
          text(' it.'),
        ),
        paragraph(
          text('An earlier count'),
          cite('hl_edited'),
          text(' and a deleted note'),
          cite('hl_gone'),
          text('.'),
        ),
        paragraph(),
      ],
    },
  },
};

const html = (markdown: string): string =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe('exportMemoToMarkdown', () => {
  const { markdown, problems } = exportMemoToMarkdown(memo, lookup, { accessed: '2026-11-22' });
  const lines = markdown.split('\n');

  it('writes the memo line by line: title, body with [^n] in order, then the footnotes', () => {
    expect(lines).toEqual([
      '# Kazakhstan: the death toll #1',
      '',
      'Protesters called it a day of mourning[^1] weeks before the FT counted the dead.[^2]',
      '',
      'Tallies vary: \\*160\\* or 2\\_000 \\[sic\\] \\<b>arrests\\</b> & more \\| see \\&amp; \\`x\\`.',
      '',
      '\\# not a heading',
      '',
      '1\\. not a list\\',
      '\\- nor this',
      '',
      'Officials **refused** to *confirm* it.',
      '',
      'An earlier count[^3] and a deleted note[^4].',
      '',
      '## Bibliography',
      '',
      // An unsigned article is listed under its newspaper (CMOS 14.207).
      '*Financial Times*. “Voices from Kazakhstan: Protesters Do Not Yield despite Bloody ' +
        'Crackdown.” January 2022.',
      '',
      'RFE/RL’s Kazakh Service. “Kazakhstan Tightens Security To Prevent Mass Protests On ' +
        'Independence Day.” *RFE/RL*, December 16, 2021. ' +
        '<https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html>.',
      '',
      '[^1]: RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On ' +
        'Independence Day,” *RFE/RL*, December 16, 2021, para. 3, ' +
        '<https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html>. ' +
        '“"It is not a celebration day now, it is a day of mourning,"”',
      '[^2]: “Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown,” ' +
        '*Financial Times*, January 2022, para. 42. “About 164 people were killed”',
      // The second FT note is short (Chicago), and has no locator: its quote drifted.
      '[^3]: “Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown.” ' +
        '**Citation problem:** The quoted words are no longer in the source’s text (it changed ' +
        'after the passage was highlighted), so the quote was left out. Highlight the passage again.',
      '[^4]: **Citation problem:** The cited passage (highlight hl\\_gone) is no longer in the notebook.',
      '',
    ]);
  });

  it('quotes each passage verbatim from the source text', () => {
    expect(markdown).toContain(`“${MOURNING}”`);
    expect(markdown).toContain(`“${KILLED}”`);
    const killed = ftNow.text.indexOf(KILLED);
    expect(ftNow.text.slice(killed, killed + KILLED.length)).toBe(KILLED);
  });

  it('reports the drifted and the missing citation, and never prints the drifted quote', () => {
    expect(problems).toEqual([
      expect.objectContaining({ number: 3, highlightId: 'hl_edited', kind: 'quote-drift' }),
      expect.objectContaining({ number: 4, highlightId: 'hl_gone', kind: 'missing-highlight' }),
    ]);
    expect(markdown).not.toContain('More than 160 people');
    expect(markdown).not.toContain('More than 170 people');
  });

  it('renders (CommonMark + GFM) as the analyst wrote it', () => {
    const rendered = html(markdown);
    expect(rendered).toContain('<h1>Kazakhstan: the death toll #1</h1>');
    expect(rendered).toContain(
      '<p>Tallies vary: *160* or 2_000 [sic] &lt;b&gt;arrests&lt;/b&gt; &amp; more | see &amp;amp; `x`.</p>',
    );
    expect(rendered).toContain('<p># not a heading</p>');
    expect(rendered).toContain('<p>1. not a list<br />\n- nor this</p>');
    expect(rendered).toContain('<p>Officials <strong>refused</strong> to <em>confirm</em> it.</p>');
    // Four footnotes, referenced in order, each defined.
    expect([...rendered.matchAll(/id="user-content-fnref-(\d+)"/g)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect([...rendered.matchAll(/<li id="user-content-fn-(\d+)">/g)].map((m) => m[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(rendered).toContain(
      '<em>RFE/RL</em>, December 16, 2021, para. 3, <a href="https://www.rferl.org/',
    );
    expect(rendered).toContain(
      '“&quot;It is not a celebration day now, it is a day of mourning,&quot;”',
    );
  });

  it('numbers citations with the same rule the editor uses', () => {
    expect(listCitations(memo.content).map((citation) => citation.highlightId)).toEqual([
      'hl_mourning',
      'hl_killed',
      'hl_edited',
      'hl_gone',
    ]);
  });

  it('recomputes the paragraph from the anchor after the source text shifted', () => {
    // Two paragraphs added before the quote: the same words are now body paragraph 44.
    const shifted: Source = sourceFromText(
      `Update: corrected.\n\nMore to follow.\n\n${corpus('001_31aec38b310682cc.txt')}`,
      {
        id: 'src_ft',
        boilerplate: [2, 9, 10, 47, 48, 49, 50],
        metadata: { title: 'Voices from Kazakhstan', outlet: 'Financial Times' },
      },
    );
    const cited = highlights[1] as Highlight;
    const single: { title: string; content: SerializedMemoState } = {
      title: 'Toll',
      content: { root: { type: 'root', children: [paragraph(text('Deaths'), cite('hl_killed'))] } },
    };
    const result = exportMemoToMarkdown(single, () => ({ highlight: cited, source: shifted }), {
      accessed: '2026-11-22',
    });
    expect(result.problems).toEqual([]);
    expect(result.markdown.split('\n')[8]).toBe(
      '[^1]: “Voices from Kazakhstan,” *Financial Times*, n.d., para. 44, accessed November 22, 2026. “About 164 people were killed”',
    );
  });

  it('flags a citation whose source was deleted', () => {
    const cited = highlights[0] as Highlight;
    const single: { title: string; content: SerializedMemoState } = {
      title: 'Toll',
      content: {
        root: { type: 'root', children: [paragraph(text('Mourning'), cite('hl_mourning'))] },
      },
    };
    const result = exportMemoToMarkdown(single, () => ({ highlight: cited, source: undefined }));
    expect(result.problems.map((problem) => problem.kind)).toEqual(['missing-source']);
    expect(result.markdown).toContain(
      '[^1]: **Citation problem:** The source of the cited passage',
    );
    expect(result.markdown).not.toContain('mourning,"');
  });

  it('keeps a quote spanning paragraphs inside its footnote', () => {
    const start = rferl.text.indexOf('while Internet access was blocked in the area.');
    const end = rferl.text.indexOf('"It is not a celebration day now') + 10;
    const spanning: Highlight = {
      ...(highlights[0] as Highlight),
      id: 'hl_span',
      selector: describeRange(rferl.text, start, end),
    };
    const single: { title: string; content: SerializedMemoState } = {
      title: 'Span',
      content: { root: { type: 'root', children: [paragraph(text('Cordon'), cite('hl_span'))] } },
    };
    const result = exportMemoToMarkdown(single, () => ({ highlight: spanning, source: rferl }));
    expect(result.markdown.split('\n').slice(8)).toEqual([
      '[^1]: RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On ' +
        'Independence Day,” *RFE/RL*, December 16, 2021, para. 2, ' +
        '<https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html>. ' +
        '“while Internet access was blocked in the area.',
      '',
      '    "It is not”',
      '',
    ]);
    const rendered = html(result.markdown);
    expect(rendered).toContain(
      '“while Internet access was blocked in the area.</p>\n<p>&quot;It is not”',
    );
  });

  it('omits the title line for an untitled memo and the footnotes for an uncited one', () => {
    const plain = exportMemoToMarkdown(
      {
        title: '  ',
        content: { root: { type: 'root', children: [paragraph(text('Just notes.'))] } },
      },
      lookup,
    );
    expect(plain).toEqual({ markdown: 'Just notes.\n', problems: [] });
  });
});
