// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toast, ToastRegion } from './Toast';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  vi.useRealTimers();
});

function mount() {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() => root!.render(<ToastRegion />));
  return {
    status: () => container.querySelector('[role="status"]')!,
    alert: () => container.querySelector('[role="alert"]')!,
    button: (name: string) => [...container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name),
  };
}

describe('toasts', () => {
  it('says a message in the status region and goes away by itself', () => {
    vi.useFakeTimers();
    const region = mount();
    act(() => toast.show('Welcome hidden.'));
    expect(region.status().textContent).toContain('Welcome hidden.');
    act(() => void vi.advanceTimersByTime(5_100));
    expect(region.status().textContent).toBe('');
  });

  it('offers Undo, runs it once, then closes', async () => {
    const region = mount();
    const undo = vi.fn();
    act(() => toast.show('Highlight removed.', { action: { label: 'Undo', run: undo } }));
    await act(async () => region.button('Undo')!.click());
    expect(undo).toHaveBeenCalledTimes(1);
    expect(region.status().textContent).toBe('');
  });

  it('keeps errors in the alert region until dismissed', () => {
    vi.useFakeTimers();
    const region = mount();
    act(() => toast.error('The export was not written: the disk is full. Free some space and export again.'));
    act(() => void vi.advanceTimersByTime(60_000));
    expect(region.alert().textContent).toContain('the disk is full');
    act(() => region.button('Dismiss notification')!.click());
    expect(region.alert().textContent).toBe('');
  });

  it('shows at most three at a time, the newest', () => {
    const region = mount();
    act(() => ['one', 'two', 'three', 'four'].forEach((message) => toast.show(message)));
    expect([...region.status().querySelectorAll('.toast-message')].map((p) => p.textContent)).toEqual(['two', 'three', 'four']);
    act(() => region.status().querySelectorAll<HTMLButtonElement>('.toast-close').forEach((button) => button.click()));
  });
});
