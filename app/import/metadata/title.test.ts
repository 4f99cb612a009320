import { describe, expect, it } from 'vitest';

import { findHeadline, stripDatePrefix } from './title';

const LEDE =
  'ALMATY, Kazakhstan -- Security measures have been beefed up in the largest city, officials said on Thursday.';
const notMeta = (text: string): boolean => /^by\s/i.test(text);

describe('findHeadline', () => {
  it('skips banners and section names above the headline', () => {
    const paragraphs = [
      'Donate now!',
      'Weapons of Mass Destruction (WMD)',
      '[ banner ]',
      'Security Tightened In Almaty',
      'By Staff',
      LEDE,
    ];
    expect(findHeadline(paragraphs, notMeta)).toEqual({
      index: 3,
      title: 'Security Tightened In Almaty',
      datePrefix: null,
    });
  });

  it('takes the first of a headline and its subtitle', () => {
    expect(
      findHeadline(
        ['Dozens dead in unrest', 'Government resigns as protests spread', LEDE],
        notMeta,
      )?.title,
    ).toBe('Dozens dead in unrest');
  });

  it('takes a date stamp off the headline', () => {
    expect(
      findHeadline(
        [' date 2022-01-15 Activists recall path from protest to bloodshed', LEDE],
        notMeta,
      ),
    ).toEqual({
      index: 0,
      title: 'Activists recall path from protest to bloodshed',
      datePrefix: '2022-01-15',
    });
    expect(stripDatePrefix('2022-01-15 Headline')).toEqual({
      title: 'Headline',
      date: '2022-01-15',
    });
  });

  it('returns null when the text starts with prose', () => {
    expect(findHeadline([LEDE, LEDE], notMeta)).toBeNull();
  });
});
