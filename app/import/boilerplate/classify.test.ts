import { describe, expect, it } from 'vitest';

import { classifyParagraphs } from './classify';

const LEDE =
  'ALMATY, Kazakhstan -- Police detained more than one hundred people on Tuesday, officials said.';
const BODY =
  'The activists shouted slogans as police led them away from the square, witnesses told reporters.';

const kinds = (paragraphs: string[], titleIndex: number | null = null): string[] =>
  classifyParagraphs(paragraphs, {
    titleIndex,
    metadata: new Set(titleIndex === null ? [] : [titleIndex]),
  });

describe('classifyParagraphs', () => {
  it('flags page furniture above the headline and the headline itself (it became the title), not the lede', () => {
    expect(kinds(['Site Section Name', 'Big Headline About Rallies', LEDE], 1)).toEqual([
      'boilerplate',
      'boilerplate',
      'body',
    ]);
  });

  it('flags a video title right above the player residue', () => {
    expect(
      kinds([
        LEDE,
        'Police Detain Dozens Ahead Of Rally',
        'please wait',
        'No media source currently available',
        BODY,
      ]),
    ).toEqual(['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body']);
  });

  it('flags the alt text above a caption, and the caption', () => {
    expect(
      kinds([
        LEDE,
        'A riot policeman arrests a protester',
        'A riot policeman arrests a protester © Jane Roe / AP',
        BODY,
      ]),
    ).toEqual(['body', 'boilerplate', 'boilerplate', 'body']);
  });

  it('flags a related-stories list with its headlines and teasers to the end', () => {
    const result = kinds([
      LEDE,
      BODY,
      'Recommended Stories',
      '• Firefighter injured in blaze at chemical plant',
      'Firefighters continued to work early Saturday to contain a massive blaze.',
      '• Panthers interview a new coordinator',
      'The team allowed the most returns for touchdowns in the league.',
      'Check Also',
      'Card game launches this month',
      'Reading time: 2 minutes The brand new collectible card game developed by …',
    ]);
    expect(result).toEqual(['body', 'body', ...Array<string>(8).fill('boilerplate')]);
  });

  it('ends a related list where the article resumes: prose under a plain headline is body', () => {
    const result = kinds([LEDE, 'Read more:', 'Protests spread west', BODY, LEDE]);
    expect(result).toEqual(['body', 'boilerplate', 'boilerplate', 'body', 'body']);
  });

  it('flags an author card at the end', () => {
    const result = kinds([
      LEDE,
      BODY,
      BODY,
      BODY,
      BODY,
      BODY,
      'Jane Doe',
      'Jane Doe covers Central Asia from Almaty.',
    ]);
    expect(result.slice(-2)).toEqual(['boilerplate', 'boilerplate']);
  });
});
