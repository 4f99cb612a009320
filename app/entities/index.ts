export { foldName, foldNameWords, foldWord } from './foldName';
export {
  addAlias,
  distinctAliases,
  entityKeys,
  matchEntity,
  mergeEntities,
  suggestEntities,
} from './matchEntity';
export type { EntitySuggestion } from './matchEntity';
export { findMentions } from './mentions';
export type { Mention } from './mentions';
export { parseEntity } from './parseEntity';
export { guessEntityKind } from './guessKind';
