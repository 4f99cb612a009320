import CSL from 'citeproc';

import type { SourceMetadata } from '../model/types';
import type { CslItem } from './cslItem';
import { toCslItem } from './cslItem';
import { MARKED_FORMAT, parseMarked, registerMarkedFormat } from './cslOutput';
import type { FootnotePart } from './footnote';
import { CITATION_STYLES, CSL_LOCALE } from './styles';
import type { CitationStyleId } from './styles';

/** A cited work at one place in the memo: the source and the passage's body paragraph. */
export interface CitedWork {
  /** Identifies the source: two citations of one source share it (for short forms, ibid). */
  readonly sourceId: string;
  readonly source: SourceMetadata;
  /** 1-based body paragraph; null leaves the locator out. */
  readonly paragraph: number | null;
}

export interface FormattedCitations {
  /** One entry per memo citation, in order: the note's styled text, or null where `null` was cited. */
  readonly notes: readonly (readonly FootnotePart[] | null)[];
  /** The bibliography (reference list, works cited), sorted as the style sorts it. */
  readonly bibliography: readonly (readonly FootnotePart[])[];
}

export interface FormatCitationsOptions {
  /** ISO date the sources were consulted (printed where the style wants an access date). */
  readonly accessed?: string | undefined;
}

/**
 * Formats every citation of a memo in a CSL style with citeproc-js, in one pass so the style
 * decides what repeats look like (Chicago: full first note, short notes after; APA and MLA:
 * author–date and author–page). The paragraph is the CSL locator `paragraph` ("para. 7").
 * `works[i]` is footnote i + 1; a `null` entry (a citation whose source is gone) keeps its
 * number but is not cited.
 */
export function formatCitations(
  styleId: CitationStyleId,
  works: readonly (CitedWork | null)[],
  options: FormatCitationsOptions = {},
): FormattedCitations {
  registerMarkedFormat();
  const items = new Map<string, CslItem>();
  for (const work of works) {
    if (work && !items.has(work.sourceId)) {
      items.set(work.sourceId, toCslItem(work.sourceId, work.source, options));
    }
  }
  if (items.size === 0) return { notes: works.map(() => null), bibliography: [] };

  const engine = new CSL.Engine(
    {
      retrieveLocale: () => CSL_LOCALE.xml,
      // citeproc-js may annotate what it is given; hand it a copy.
      retrieveItem: (id: string) => JSON.parse(JSON.stringify(items.get(id) ?? null)) as unknown,
    },
    CITATION_STYLES[styleId].xml,
    CSL_LOCALE.lang,
    true,
  );
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.setOutputFormat(MARKED_FORMAT);
  engine.updateItems([...items.keys()]);

  const citations = works.flatMap((work, index) =>
    work
      ? [
          {
            citationID: `note-${index + 1}`,
            citationItems: [
              work.paragraph !== null && Number.isInteger(work.paragraph) && work.paragraph > 0
                ? { id: work.sourceId, locator: String(work.paragraph), label: 'paragraph' }
                : { id: work.sourceId },
            ],
            properties: { noteIndex: index + 1 },
          },
        ]
      : [],
  );
  const urls = [...items.values()].flatMap((item) => (item.URL ? [item.URL] : []));
  const rendered = new Map(
    engine
      .rebuildProcessorState(citations, MARKED_FORMAT, [])
      .map(([id, , text]) => [id, parseMarked(text, urls)] as const),
  );
  const bibliography = engine.makeBibliography();
  return {
    notes: works.map((_, index) => rendered.get(`note-${index + 1}`) ?? null),
    bibliography: bibliography
      ? bibliography[1].map((entry) => parseMarked(entry.trim(), urls))
      : [],
  };
}
