import { describe, expect, it } from 'vitest';
import { formValuesOf, readMetadataForm, splitAuthors } from './metadataForm';

const filled = {
  title: '  River port   reopens ',
  outlet: ' The Ural Courier ',
  authors: 'Marat Ospanov, Aigerim Sultanova',
  publishedAt: ' 2022-03-14 ',
  url: ' https://uralcourier.example/region/river-port-reopens ',
};

describe('splitAuthors', () => {
  it('takes one name per line, keeping commas inside a line', () => {
    expect(splitAuthors('Ospanov, Marat\nSultanova, Aigerim\n\n')).toEqual([
      'Ospanov, Marat',
      'Sultanova, Aigerim',
    ]);
  });

  it('splits a single line on commas or semicolons', () => {
    expect(splitAuthors(' Marat Ospanov ,Aigerim  Sultanova; Dana Lee ')).toEqual([
      'Marat Ospanov',
      'Aigerim Sultanova',
      'Dana Lee',
    ]);
    expect(splitAuthors('   ')).toEqual([]);
  });
});

describe('readMetadataForm', () => {
  it('trims what was typed and leaves blank fields empty', () => {
    const { edit, problems } = readMetadataForm({ ...filled, outlet: '  ', url: '' });
    expect(problems).toEqual({});
    expect(edit).toEqual({
      title: 'River port reopens',
      outlet: null,
      authors: ['Marat Ospanov', 'Aigerim Sultanova'],
      publishedAt: '2022-03-14',
      url: null,
    });
  });

  it('names every field that cannot be saved', () => {
    const { problems } = readMetadataForm({
      ...filled,
      title: '',
      publishedAt: 'March 2022',
      url: 'www.example.org',
    });
    expect(Object.keys(problems).sort()).toEqual(['publishedAt', 'title', 'url']);
  });

  it('round-trips a source through the form unchanged', () => {
    const source = {
      title: 'Voices from Kazakhstan',
      outlet: null,
      authors: ['Ospanov, Marat', 'Dana Lee'],
      publishedAt: '2022-01',
      url: 'https://example.org/a',
      language: 'en',
    };
    const { edit } = readMetadataForm(formValuesOf(source));
    expect(edit).toEqual({
      title: source.title,
      outlet: null,
      authors: source.authors,
      publishedAt: '2022-01',
      url: source.url,
    });
  });
});
