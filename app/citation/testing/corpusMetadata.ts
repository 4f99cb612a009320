import type { SourceMetadata } from '../../model/types';

/**
 * The five corpus articles' metadata as `notebook inspect corpus/*.txt --json` extracts it
 * (checked 2026-11-22): full, partial and missing dates, authors, outlets and URLs.
 */
export const CORPUS_METADATA = {
  rferlSecurity: {
    title: 'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day',
    outlet: 'RFE/RL',
    authors: ["RFE/RL's Kazakh Service"],
    publishedAt: '2021-12-16',
    url: 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html',
    language: 'en',
  },
  ftVoices: {
    title: 'Voices from Kazakhstan: protesters do not yield despite bloody crackdown',
    outlet: null,
    authors: [],
    publishedAt: null,
    url: null,
    language: 'en',
  },
  rferlDetained: {
    title: 'More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan',
    outlet: 'RFE/RL',
    authors: ["RFE/RL's Kazakh Service"],
    publishedAt: null,
    url: null,
    language: 'en',
  },
  apActivists: {
    title: 'Kazakhstan activists recall path from protest to bloodshed',
    outlet: 'AP',
    authors: ['Kirill Zarubin', 'Dasha Litvinova'],
    publishedAt: '2022-01-15',
    url: null,
    language: 'en',
  },
  dozensDead: {
    title: 'Dozens dead in unrest in Kazakhstan',
    outlet: null,
    authors: [],
    publishedAt: null,
    url: null,
    language: 'en',
  },
} as const satisfies Record<string, SourceMetadata>;
