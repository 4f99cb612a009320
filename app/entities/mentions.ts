import type { Entity } from '../model/types';
import { foldNameWords, foldWord } from './foldName';

/** Where a source's text mentions an entity, in any of its spellings. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  /** The words as written in the text. */
  readonly text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Every mention of the entity in `text`: its name or an alias, spelled any way ("Toqaev" in an
 * RFE/RL article, "Tokayev" in the FT). A mention of a longer spelling wins over a shorter one
 * at the same place ("Kassym-Jomart Tokayev" rather than "Tokayev" alone).
 */
export function findMentions(text: string, entity: Entity): Mention[] {
  const spellings = [entity.name, ...entity.aliases]
    .map(foldNameWords)
    .filter((words) => words.length > 0)
    .sort((a, b) => b.length - a.length);
  if (spellings.length === 0) return [];
  const words = [...text.matchAll(WORD)].map((match) => ({
    key: foldWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const spelling = spellings.find((parts) =>
      parts.every((part, k) => words[i + k]?.key === part),
    );
    if (!spelling) continue;
    const last = words[i + spelling.length - 1]!;
    mentions.push({
      start: words[i]!.start,
      end: last.end,
      text: text.slice(words[i]!.start, last.end),
    });
    i += spelling.length - 1;
  }
  return mentions;
}
