import { describe, expect, it } from 'vitest';
import { queryKeys } from '../normalize';
import { phraseOccurs } from './phraseOccurs';

const phrase = (text: string) => text.split(' ').map((word) => queryKeys(word));

describe('phraseOccurs: a quoted phrase in another spelling', () => {
  it('finds the words in a row whatever their spelling or case', () => {
    expect(phraseOccurs('Then President Qasym-Zhomart Toqaev spoke.', phrase('president tokayev'))).toBe(false);
    expect(phraseOccurs('Then President Toqaev spoke.', phrase('president tokayev'))).toBe(true);
    expect(phraseOccurs('Президент Токаев заявил о попытке переворота.', phrase('Президент Tokayev'))).toBe(true);
    expect(phraseOccurs('STATE OF\nEMERGENCY declared', phrase('state of emergency'))).toBe(true);
  });

  it('needs the words in that order, next to each other', () => {
    expect(phraseOccurs('emergency of state', phrase('state of emergency'))).toBe(false);
    expect(phraseOccurs('the state, of course, an emergency', phrase('state of emergency'))).toBe(false);
    expect(phraseOccurs('states of emergency', phrase('state of emergency'))).toBe(false);
  });

  it('looks only inside the spans it is given (body paragraphs, not boilerplate)', () => {
    const text = 'Watch: state of emergency. Body text here.';
    expect(phraseOccurs(text, phrase('state of emergency'), [{ start: 27, end: text.length }])).toBe(false);
    expect(phraseOccurs(text, phrase('state of emergency'), [{ start: 0, end: 26 }])).toBe(true);
  });

  it('finds a phrase at the very start and very end, and a one-word phrase', () => {
    expect(phraseOccurs('without warning', phrase('without warning'))).toBe(true);
    expect(phraseOccurs('Nazarbaev', phrase('Nazarbayev'))).toBe(true);
    expect(phraseOccurs('', phrase('Nazarbayev'))).toBe(false);
  });
});
