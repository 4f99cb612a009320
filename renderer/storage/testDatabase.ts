import { openNotebookDatabase, type NotebookDatabase } from './database';

let counter = 0;

/** A fresh, uniquely named database (tests run against fake-indexeddb). */
export function openTestDatabase(): NotebookDatabase {
  counter += 1;
  return openNotebookDatabase(`margin-test-${Date.now()}-${counter}`);
}
