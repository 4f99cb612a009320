import type { Rectangle } from 'electron';
import { clampToDisplays, parseSavedBounds } from './windowBounds';

/** Where the main window was, kept between sessions. */
export interface WindowStateStore {
  /** The saved bounds fitted onto today's displays, or undefined for Electron's default place. */
  load(): Rectangle | undefined;
  save(bounds: Readonly<Rectangle>): void;
}

/**
 * A store in one small JSON file. File access and the display list are passed in, so the rules
 * are tested without Electron or a disk; a missing, unreadable or damaged file means "no saved
 * place", and a failed write is logged, never thrown: losing the window's place loses no work.
 */
export function createWindowStateStore(deps: {
  readonly readFile: () => string | undefined;
  readonly writeFile: (json: string) => void;
  readonly workAreas: () => readonly Readonly<Rectangle>[];
}): WindowStateStore {
  return {
    load() {
      const json = deps.readFile();
      const saved = json === undefined ? undefined : parseSavedBounds(json);
      return saved ? clampToDisplays(saved, deps.workAreas()) : undefined;
    },
    save(bounds) {
      try {
        deps.writeFile(JSON.stringify({ x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height }));
      } catch (error) {
        console.error('Margin could not remember the window position:', error);
      }
    },
  };
}
