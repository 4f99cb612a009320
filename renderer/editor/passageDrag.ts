/**
 * The drag data type of a passage dragged from the Reader: its value is the highlight id. A
 * type of our own, so text dragged from anywhere else is never taken for a citation.
 */
export const PASSAGE_DRAG_TYPE = 'application/x-margin-highlight';
