import type { Rectangle } from 'electron';

/** The smallest window Margin opens (mainWindow.ts sets the same minimum). */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/**
 * Reads bounds saved by an earlier session. Anything that is not four finite numbers with a
 * positive size — a hand-edited or half-written file — gives `undefined`, and the window opens
 * at its default place instead of failing to open.
 */
export function parseSavedBounds(json: string): Rectangle | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { x, y, width, height } = value as Record<string, unknown>;
  const numbers = [x, y, width, height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  const rectangle = { x, y, width, height } as Rectangle;
  return rectangle.width > 0 && rectangle.height > 0 ? rectangle : undefined;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Fits saved window bounds onto the displays there are now (their work areas, without task bars).
 * The window goes to the display it overlaps most, shrunk to fit it and moved fully inside, so a
 * window saved on a monitor since unplugged, or half off-screen, never opens where nobody can
 * grab it. When it overlaps no display at all, `undefined`: Electron centres the default size.
 */
export function clampToDisplays(
  saved: Readonly<Rectangle>,
  workAreas: readonly Readonly<Rectangle>[],
): Rectangle | undefined {
  let best: Readonly<Rectangle> | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestArea) [best, bestArea] = [area, overlap];
  }
  if (!best) return undefined;
  const width = Math.max(
    Math.min(saved.width, best.width),
    Math.min(MIN_WINDOW_SIZE.width, best.width),
  );
  const height = Math.max(
    Math.min(saved.height, best.height),
    Math.min(MIN_WINDOW_SIZE.height, best.height),
  );
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
  return {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(width),
    height: Math.round(height),
  };
}
