import { describe, expect, it } from 'vitest';

import { guessLanguage } from './language';

describe('guessLanguage', () => {
  it('tells Kazakh and Russian Cyrillic apart', () => {
    expect(
      guessLanguage(
        'Жаңаөзен қаласында сұйытылған газ бағасының өсуіне қарсы наразылық акциясы өтті.',
      ),
    ).toBe('kk');
    expect(guessLanguage('Полиция задержала сотни участников протестов в Алматы.')).toBe('ru');
  });

  it('reads Latin-script languages by their common words, English by default', () => {
    expect(guessLanguage('The police said that the protest in the city was over.')).toBe('en');
    expect(
      guessLanguage('Les autorités ont prolongé l’état d’urgence dans le pays et la ville.'),
    ).toBe('fr');
    expect(guessLanguage('Zhanaozen Aktau Almaty')).toBe('en');
  });
});
