// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './useAfterFirstPaint';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

// Frame callbacks run when the test says a frame has come.
let frames: FrameRequestCallback[] = [];
function nextFrame(): void {
  const due = frames;
  frames = [];
  act(() => due.forEach((callback) => callback(performance.now())));
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  frames = [];
});

function Probe({ sourceId }: { sourceId: string | undefined }) {
  return <p>{useAfterFirstPaint(sourceId) ? 'after' : 'first'}</p>;
}

function mount(sourceId: string | undefined) {
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
    frames[handle - 1] = () => {};
  });
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() => root!.render(<Probe sourceId={sourceId} />));
  return {
    shows: () => container.textContent,
    open: (next: string | undefined) => act(() => root!.render(<Probe sourceId={next} />)),
  };
}

describe('useAfterFirstPaint', () => {
  it('is false while a source is first drawn and true from the next frame', () => {
    const reader = mount('src_a');
    expect(reader.shows()).toBe('first');
    nextFrame();
    expect(reader.shows()).toBe('after');
  });

  it('starts again for the next source opened', () => {
    const reader = mount('src_a');
    nextFrame();
    reader.open('src_b');
    expect(reader.shows()).toBe('first');
    nextFrame();
    expect(reader.shows()).toBe('after');
  });

  it('stays false with nothing open', () => {
    const reader = mount(undefined);
    nextFrame();
    expect(reader.shows()).toBe('first');
  });
});
