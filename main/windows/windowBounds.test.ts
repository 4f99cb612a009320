import { describe, expect, it } from 'vitest';
import { clampToDisplays, parseSavedBounds } from './windowBounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1410 };

describe('clampToDisplays', () => {
  it('keeps a window that is fully on a display where it was', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 700 };
    expect(clampToDisplays(saved, [laptop, monitorRight])).toEqual(saved);
  });

  it('moves a half off-screen window fully onto the display it overlaps most', () => {
    expect(clampToDisplays({ x: 1000, y: -200, width: 1200, height: 700 }, [laptop])).toEqual({
      x: 240,
      y: 0,
      width: 1200,
      height: 700,
    });
  });

  it('shrinks a window larger than the display to the display', () => {
    expect(clampToDisplays({ x: -50, y: 0, width: 2560, height: 1400 }, [laptop])).toEqual(laptop);
  });

  it('picks the display holding most of a window that spans two', () => {
    const saved = { x: 1300, y: 100, width: 1200, height: 800 };
    expect(clampToDisplays(saved, [laptop, monitorRight])).toEqual({ ...saved, x: 1440 });
  });

  it('gives up on a window saved on a monitor that is gone, so the default place is used', () => {
    expect(
      clampToDisplays({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop]),
    ).toBeUndefined();
    expect(clampToDisplays({ x: 0, y: 0, width: 800, height: 600 }, [])).toBeUndefined();
  });

  it('never restores below the minimum size when the display has room', () => {
    expect(clampToDisplays({ x: 10, y: 10, width: 200, height: 100 }, [laptop])).toEqual({
      x: 10,
      y: 10,
      width: 720,
      height: 480,
    });
  });
});

describe('parseSavedBounds', () => {
  it('reads four numbers', () => {
    expect(parseSavedBounds('{"x":10,"y":20,"width":800,"height":600}')).toEqual({
      x: 10,
      y: 20,
      width: 800,
      height: 600,
    });
  });

  it.each([
    '',
    '{"x":1',
    'null',
    '[]',
    '{"x":"1","y":0,"width":800,"height":600}',
    '{"x":0,"y":0,"width":0,"height":600}',
    '{"x":0,"y":0,"width":1e999,"height":600}',
  ])('ignores a damaged file: %s', (json) => {
    expect(parseSavedBounds(json)).toBeUndefined();
  });
});
