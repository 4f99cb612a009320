import { describe, expect, it } from 'vitest';
import { figureInterval, figuresDisagree } from './figureInterval';
import { parseFigure } from './parseFigure';

const f = (phrase: string) => {
  const parsed = parseFigure(phrase);
  if (!parsed) throw new Error(`no figure in ${phrase}`);
  return parsed;
};

describe('figures that cannot both be right', () => {
  it('the corpus’s death tolls: "dozens" disagrees with "more than 160" and "about 164"; those two agree', () => {
    expect(figuresDisagree(f('more than 160 people'), f('about 164 people'))).toBe(false);
    expect(figuresDisagree(f('dozens of protesters'), f('more than 160 people'))).toBe(true);
    expect(figuresDisagree(f('dozens of protesters'), f('about 164 people'))).toBe(true);
    expect(figuresDisagree(f('scores of deaths'), f('more than 160 people'))).toBe(false);
    expect(figuresDisagree(f('scores of deaths'), f('dozens of protesters'))).toBe(false);
  });

  it('the corpus’s arrests: 2,000, more than 10,000 and about 16,000', () => {
    expect(figuresDisagree(f('2,000 people'), f('more than 10,000 people'))).toBe(true);
    expect(figuresDisagree(f('more than 10,000 people'), f('about 16,000 arrests'))).toBe(false);
    expect(figuresDisagree(f('2,000 people'), f('about 16,000 arrests'))).toBe(true);
    expect(figuresDisagree(f('2,000 people'), f('thousands of people'))).toBe(false);
  });

  it('respects open and closed bounds', () => {
    expect(figuresDisagree(f('more than 160 people'), f('160 people'))).toBe(true);
    expect(figuresDisagree(f('at least 160 people'), f('160 people'))).toBe(false);
    expect(figuresDisagree(f('fewer than 100 people'), f('100 people'))).toBe(true);
    expect(figuresDisagree(f('up to 100 people'), f('100 people'))).toBe(false);
    expect(figuresDisagree(f('about 10 people'), f('11 people'))).toBe(false);
    expect(figuresDisagree(f('between 5 and 15 days'), f('20 days'))).toBe(true);
  });

  it('a figure with no amount disagrees with nothing', () => {
    const none = {
      value: null,
      range: null,
      unit: 'people',
      qualifier: 'none' as const,
      asOf: null,
    };
    expect(figureInterval(none)).toBeNull();
    expect(figuresDisagree(none, f('12 people'))).toBe(false);
  });
});
