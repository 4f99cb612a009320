import { describe, expect, it } from 'vitest';

import type { SourceMetadata } from '../model/types';
import type { FootnotePart } from './footnote';
import { formatCitations } from './formatCitations';
import type { CitedWork } from './formatCitations';
import { CITATION_STYLE_IDS, parseCitationStyleId } from './styles';
import { CORPUS_METADATA as C } from './testing/corpusMetadata';

const text = (parts: readonly FootnotePart[] | null): string =>
  (parts ?? []).map((part) => part.text).join('');
const work = (sourceId: keyof typeof C, paragraph: number | null): CitedWork => ({
  sourceId,
  source: C[sourceId],
  paragraph,
});

// A memo citing all five corpus articles, then repeating two: the 6th note repeats the 1st at
// another place, the 7th repeats the 6th right after it, the 8th repeats the 4th.
const memo = [
  work('rferlSecurity', 2),
  work('ftVoices', 3),
  work('rferlDetained', 4),
  work('apActivists', 5),
  work('dozensDead', 6),
  work('rferlSecurity', 2),
  work('rferlSecurity', 9),
  work('apActivists', 5),
];
const accessed = '2026-11-22';
const URL = 'https://www.rferl.org/a/kazakhstan-independence-day-clampdown/31612276.html';

describe('Chicago notes and bibliography (17th ed., full note)', () => {
  const { notes, bibliography } = formatCitations('chicago', memo, { accessed });

  it('gives the first note in full: author, “title,” outlet, date, paragraph, URL', () => {
    expect(notes.map(text)).toEqual([
      `RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” RFE/RL, December 16, 2021, para. 2, ${URL}.`,
      // No author, outlet or date: the title, n.d. and the access date (CMOS 14.207).
      '“Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown,” n.d., para. 3, accessed November 22, 2026.',
      'RFE/RL’s Kazakh Service, “More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan,” RFE/RL, n.d., para. 4, accessed November 22, 2026.',
      'Kirill Zarubin and Dasha Litvinova, “Kazakhstan Activists Recall Path from Protest to Bloodshed,” AP, January 15, 2022, para. 5.',
      '“Dozens Dead in Unrest in Kazakhstan,” n.d., para. 6, accessed November 22, 2026.',
      // Later notes are short: author, “title,” locator; right after the same source, author and locator.
      'RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” para. 2.',
      'RFE/RL’s Kazakh Service, para. 9.',
      'Zarubin and Litvinova, “Kazakhstan Activists Recall Path from Protest to Bloodshed,” para. 5.',
    ]);
  });

  it('italicises the outlet and marks the URL', () => {
    expect(notes[0]?.filter((part) => part.style !== 'plain')).toEqual([
      { text: 'RFE/RL', style: 'italic' },
      { text: URL, style: 'url' },
    ]);
  });

  it('lists each source once, alphabetically, with the 3-em dash for a repeated author', () => {
    expect(bibliography.map(text)).toEqual([
      '“Dozens Dead in Unrest in Kazakhstan,” n.d. Accessed November 22, 2026.',
      `RFE/RL’s Kazakh Service. “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day.” RFE/RL, December 16, 2021. ${URL}.`,
      '———. “More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan.” RFE/RL, n.d. Accessed November 22, 2026.',
      '“Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown,” n.d. Accessed November 22, 2026.',
      'Zarubin, Kirill, and Dasha Litvinova. “Kazakhstan Activists Recall Path from Protest to Bloodshed.” AP, January 15, 2022.',
    ]);
  });
});

describe('APA 7', () => {
  const { notes, bibliography } = formatCitations('apa', memo, { accessed });

  it('cites author, year and paragraph; an untitled author becomes the italic title', () => {
    expect(notes.map(text)).toEqual([
      '(RFE/RL’s Kazakh Service, 2021, para. 2)',
      '(Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown, n.d., para. 3)',
      '(RFE/RL’s Kazakh Service, n.d., para. 4)',
      '(Zarubin & Litvinova, 2022, para. 5)',
      '(Dozens Dead in Unrest in Kazakhstan, n.d., para. 6)',
      '(RFE/RL’s Kazakh Service, 2021, para. 2)',
      '(RFE/RL’s Kazakh Service, 2021, para. 9)',
      '(Zarubin & Litvinova, 2022, para. 5)',
    ]);
    expect(notes[1]?.find((part) => part.style === 'italic')?.text).toBe(
      'Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown',
    );
  });

  it('writes the reference list with (year, Month day), the outlet and the URL', () => {
    expect(bibliography.map(text)).toEqual([
      'Dozens dead in unrest in Kazakhstan. (n.d.).',
      'RFE/RL’s Kazakh Service. (n.d.). More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan. RFE/RL.',
      `RFE/RL’s Kazakh Service. (2021, December 16). Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day. RFE/RL. ${URL}`,
      'Voices from Kazakhstan: protesters do not yield despite bloody crackdown. (n.d.).',
      'Zarubin, K., & Litvinova, D. (2022, January 15). Kazakhstan activists recall path from protest to bloodshed. AP.',
    ]);
  });
});

describe('MLA 9', () => {
  const { notes, bibliography } = formatCitations('mla', memo, { accessed });

  it('cites author and paragraph, adding the title when one author has two works', () => {
    expect(notes.map(text)).toEqual([
      '(RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” par. 2)',
      '(Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown, par. 3)',
      '(RFE/RL’s Kazakh Service, “More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan,” par. 4)',
      '(Zarubin and Litvinova, par. 5)',
      '(Dozens Dead in Unrest in Kazakhstan, par. 6)',
      '(RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” par. 2)',
      '(RFE/RL’s Kazakh Service, “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day,” par. 9)',
      '(Zarubin and Litvinova, par. 5)',
    ]);
  });

  it('writes works cited with day month year and the access date for undated pages', () => {
    expect(bibliography.map(text)).toEqual([
      'Dozens Dead in Unrest in Kazakhstan. Accessed 22 Nov. 2026.',
      `RFE/RL’s Kazakh Service. “Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day.” RFE/RL, 16 Dec. 2021, ${URL}.`,
      '---. “More Than 100 Detained As Police Try To Block Opposition Rallies In Kazakhstan.” RFE/RL. Accessed 22 Nov. 2026.',
      'Voices from Kazakhstan: Protesters Do Not Yield despite Bloody Crackdown. Accessed 22 Nov. 2026.',
      'Zarubin, Kirill, and Dasha Litvinova. “Kazakhstan Activists Recall Path from Protest to Bloodshed.” AP, 15 Jan. 2022.',
    ]);
  });
});

describe('formatCitations', () => {
  it('leaves the locator out when the paragraph is unknown and keeps gaps for lost sources', () => {
    const { notes, bibliography } = formatCitations('chicago', [null, work('apActivists', null)]);
    expect(notes[0]).toBeNull();
    expect(text(notes[1] ?? null)).toBe(
      'Kirill Zarubin and Dasha Litvinova, “Kazakhstan Activists Recall Path from Protest to Bloodshed,” AP, January 15, 2022.',
    );
    expect(bibliography).toHaveLength(1);
  });

  it('never prints null, undefined or NaN, in any style, with or without an access date', () => {
    const bare: SourceMetadata = { ...C.dozensDead, title: '  ', language: '' };
    for (const style of CITATION_STYLE_IDS) {
      for (const options of [{}, { accessed }]) {
        const result = formatCitations(
          style,
          [{ sourceId: 'bare', source: bare, paragraph: 1 }, ...memo],
          options,
        );
        const all = [...result.notes, ...result.bibliography].map(text).join('\n');
        expect(all).not.toMatch(/null|undefined|NaN|page=/);
        expect(all).toContain('Untitled');
      }
    }
  });

  it('does not let a title forge styling marks', () => {
    const forged: SourceMetadata = { ...C.dozensDead, title: 'A \uE000forged\uE001 title' };
    const { notes } = formatCitations('chicago', [{ sourceId: 'f', source: forged, paragraph: 1 }]);
    expect(notes[0]?.every((part) => part.style === 'plain')).toBe(true);
    expect(text(notes[0] ?? null)).toContain('A Forged Title');
  });

  it('reads style names from settings and flags forgivingly', () => {
    expect(parseCitationStyleId('APA')).toBe('apa');
    expect(parseCitationStyleId('mla')).toBe('mla');
    expect(parseCitationStyleId('Chicago')).toBe('chicago');
    expect(parseCitationStyleId('harvard')).toBe('chicago');
    expect(parseCitationStyleId(undefined)).toBe('chicago');
  });
});
