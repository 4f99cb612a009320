import { describe, expect, it } from 'vitest';

import { extractMarkdown } from './extractMarkdown';
import { readFrontMatter } from './frontMatter';
import { markdownParagraphs, stripInline } from './markdownText';

describe('readFrontMatter', () => {
  it('reads title, authors, date, outlet and url, and returns the body after it', () => {
    const { fields, body } = readFrontMatter(
      '---\nTitle: Notes on Zhanaozen\nauthor: Jane Analyst and John Checker\ndate: 2021-12-16T10:00:00Z\nsource: https://example.org/zh\npublisher: Example Weekly\n---\nBody text.\n',
    );
    expect(fields).toEqual({
      title: 'Notes on Zhanaozen',
      authors: ['Jane Analyst', 'John Checker'],
      publishedAt: '2021-12-16',
      outlet: 'Example Weekly',
      url: 'https://example.org/zh',
    });
    expect(body).toBe('Body text.\n');
  });

  it('leaves text without front matter, or with broken YAML, as it is', () => {
    expect(readFrontMatter('# Title\n\nBody').body).toBe('# Title\n\nBody');
    const broken = '---\ntitle: [unclosed\n---\nBody';
    expect(readFrontMatter(broken)).toEqual({
      fields: expect.objectContaining({ title: null }),
      body: broken,
    });
  });
});

describe('markdownParagraphs', () => {
  it('drops markup and keeps words: headings, emphasis, links, quotes, lists, code', () => {
    const markdown = [
      '# The *headline*',
      '',
      'A paragraph with a [link](https://example.org) and **bold**',
      'text joined across lines, and an ![image](a.png) dropped.',
      '',
      '> A quote',
      '> continues here.',
      '',
      '1. first item',
      '2. second item',
      '',
      '```',
      'const x = 1;',
      '```',
      '',
      '---',
      'Setext heading',
      '==============',
    ].join('\n');
    expect(markdownParagraphs(markdown)).toEqual([
      'The headline',
      'A paragraph with a link and bold text joined across lines, and an dropped.',
      'A quote continues here.',
      '• first item',
      '• second item',
      'const x = 1;',
      'Setext heading',
    ]);
  });

  it('keeps snake_case words and lone asterisks', () => {
    expect(stripInline('snake_case_name costs 5 * 3 = 15 and a_b')).toBe(
      'snake_case_name costs 5 * 3 = 15 and a_b',
    );
  });
});

describe('extractMarkdown', () => {
  it('prefers front matter fields and flags the repeated heading and prompts', () => {
    const result = extractMarkdown(
      '---\ntitle: Arrest figures\ndate: 2022-01-20\n---\n\n# Arrest figures\n\nOfficials first said 2,000 people had been detained, then more than 10,000 in the following week.\n\nSign up for our newsletter to get the monitor in your inbox.\n',
    );
    expect(result).toMatchObject({ title: 'Arrest figures', publishedAt: '2022-01-20' });
    expect(result.paragraphs.map((paragraph) => paragraph.kind)).toEqual([
      'boilerplate',
      'body',
      'boilerplate',
    ]);
  });

  it('falls back to the text’s own head without front matter', () => {
    const result = extractMarkdown(
      '# Dozens detained in Almaty\n\nBy Jane Doe\n\nALMATY -- Police detained dozens of activists on Tuesday, witnesses said.\n',
    );
    expect(result).toMatchObject({ title: 'Dozens detained in Almaty', authors: ['Jane Doe'] });
  });
});
