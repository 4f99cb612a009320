import { describeRange } from '../../anchoring';
import { sourceFromText } from '../../anchoring/testing/sourceFromText';
import { CORPUS_METADATA } from '../../citation/testing/corpusMetadata';
import type { Highlight, SerializedMemoNode, Source } from '../../model/types';
import type { CitedPassage } from '../resolveCitation';

/**
 * A small notebook for exporter tests: three sources in the corpus's words (banner and
 * headline flagged as boilerplate), highlights on them, and a memo that uses every block type,
 * cites all three, quotes one passage twice, and misquotes one (“160” for “164”).
 */
const rferl = sourceFromText(
  [
    'RFE/RL',
    'Kazakhstan Tightens Security To Prevent Mass Protests On Independence Day',
    'Police cordoned off the central square in Zhanaozen.',
    '"It is not a celebration day now, it is a day of mourning," one resident said.',
  ].join('\n\n'),
  { id: 'src_rferl', boilerplate: [0, 1], metadata: CORPUS_METADATA.rferlSecurity },
);
const ft = sourceFromText(
  [
    'Voices from Kazakhstan',
    'Protesters gathered again on Saturday.',
    'About 164 people were killed, according to official figures.',
  ].join('\n\n'),
  {
    id: 'src_ft',
    boilerplate: [0],
    metadata: { ...CORPUS_METADATA.ftVoices, outlet: 'Financial Times' },
  },
);
const ap = sourceFromText(
  [
    'Kazakhstan activists recall path from protest to bloodshed',
    'Activists <said> the crackdown & arrests began "within hours".',
  ].join('\n\n'),
  { id: 'src_ap', boilerplate: [0], metadata: CORPUS_METADATA.apActivists },
);

export const SOURCES: readonly Source[] = [rferl, ft, ap];

function highlight(id: string, source: Source, words: string): Highlight {
  const start = source.text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" not in ${source.id}`);
  return {
    id,
    sourceId: source.id,
    selector: describeRange(source.text, start, start + words.length),
    paragraph: null,
    note: '',
    color: 'yellow',
    createdAt: '2026-11-22T00:00:00.000Z',
    updatedAt: '2026-11-22T00:00:00.000Z',
  };
}

export const MOURNING = '"It is not a celebration day now, it is a day of mourning,"';
export const KILLED = 'About 164 people were killed';
export const ARRESTS = 'Activists <said> the crackdown & arrests began "within hours".';

export const HIGHLIGHTS: readonly Highlight[] = [
  highlight('hl_mourning', rferl, MOURNING),
  highlight('hl_killed', ft, KILLED),
  highlight('hl_arrests', ap, ARRESTS),
];

export function lookup(highlightId: string): CitedPassage | undefined {
  const found = HIGHLIGHTS.find((candidate) => candidate.id === highlightId);
  return found && { highlight: found, source: SOURCES.find((s) => s.id === found.sourceId) };
}

const text = (value: string, format = 0): SerializedMemoNode => ({
  type: 'text',
  text: value,
  format,
});
const cite = (highlightId: string): SerializedMemoNode => ({
  type: 'citation',
  highlightId,
  claimId: null,
  version: 1,
});
const block = (
  type: string,
  children: SerializedMemoNode[],
  extra: object = {},
): SerializedMemoNode => ({
  type,
  children,
  ...extra,
});

/** Notes 1–5: mourning, killed, arrests, mourning again, killed misquoted. */
export const MEMO = {
  title: 'Zhanaozen <anniversary> & the toll',
  content: {
    root: block('root', [
      block('heading', [text('What the sources say')], { tag: 'h2' }),
      block('paragraph', [
        text('A resident called it '),
        text(`“${MOURNING}”`),
        cite('hl_mourning'),
        text(' while the FT wrote '),
        text(`“${KILLED}”`),
        cite('hl_killed'),
        text('. '),
        text('Bold', 1),
        text(' and '),
        text('italic', 2),
        text(' <script>alert(1)</script> stay text.'),
      ]),
      block('quote', [text(ARRESTS), cite('hl_arrests')]),
      block(
        'list',
        [
          block('listitem', [text('Mourning again '), text(`“${MOURNING}”`), cite('hl_mourning')]),
          block('listitem', [
            text('A misquote '),
            text('“About 160 people were killed”'),
            cite('hl_killed'),
          ]),
        ],
        { listType: 'bullet' },
      ),
      block('paragraph', [
        block('link', [text('a link')], { url: 'https://example.org/report' }),
        text(' and '),
        block('link', [text('a bad link')], { url: 'javascript:alert(1)' }),
      ]),
    ]),
  },
};
