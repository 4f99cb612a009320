import { describe, expect, it, vi } from 'vitest';
import { createWindowStateStore } from './windowStateStore';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };

function storeWith(file: string | undefined) {
  const written: string[] = [];
  const store = createWindowStateStore({
    readFile: () => file,
    writeFile: (json) => written.push(json),
    workAreas: () => [screen],
  });
  return { store, written };
}

describe('window state store', () => {
  it('gives back the place saved last time when it still fits the screen', () => {
    const { store } = storeWith(JSON.stringify({ x: 100, y: 50, width: 1200, height: 800 }));
    expect(store.load()).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
  });

  it('has no saved place without a file or with a damaged one', () => {
    expect(storeWith(undefined).store.load()).toBeUndefined();
    expect(storeWith('{"x": 1, "y":').store.load()).toBeUndefined();
  });

  it('moves a window saved on an unplugged monitor back onto a display, or forgets it', () => {
    const { store } = storeWith(JSON.stringify({ x: 1800, y: 100, width: 1200, height: 800 }));
    const placed = store.load()!;
    expect(placed.x + placed.width).toBeLessThanOrEqual(1920);
    expect(storeWith(JSON.stringify({ x: 5000, y: 5000, width: 800, height: 600 })).store.load()).toBeUndefined();
  });

  it('saves only the four numbers, and a failed write does not throw', () => {
    const { store, written } = storeWith(undefined);
    store.save({ x: 1, y: 2, width: 800, height: 600 });
    expect(JSON.parse(written[0]!)).toEqual({ x: 1, y: 2, width: 800, height: 600 });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = createWindowStateStore({
      readFile: () => undefined,
      writeFile: () => {
        throw new Error('disk full');
      },
      workAreas: () => [screen],
    });
    expect(() => failing.save({ x: 0, y: 0, width: 800, height: 600 })).not.toThrow();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
