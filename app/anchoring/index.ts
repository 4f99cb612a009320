export { anchorSelector } from './anchor';
export { DEFAULT_CONTEXT_LENGTH, describeRange } from './describe';
export { paragraphAt, paragraphOfRange } from './paragraph';
export { splitIntoRuns } from './runs';
export type { AnchoredRange, TextRun } from './runs';
