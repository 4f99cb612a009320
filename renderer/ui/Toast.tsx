import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

/**
 * Toasts: short messages at the bottom of the window, with an optional action such as "Undo".
 *
 * Usage, from any component (or plain code — the API is not tied to React context):
 *
 *     const toast = useToast();
 *     await deleteHighlight(db, id);
 *     toast.show('Highlight removed.', { action: { label: 'Undo', run: () => restoreHighlight(db, saved) } });
 *     toast.error('The export was not written: the disk is full. Free some space and export again.');
 *
 * - Info toasts live in a `role="status"` region (read politely); `error()` toasts in a
 *   `role="alert"` one, and stay until dismissed. Say what happened and what to do next.
 * - A toast with an action stays 10 s, others 5 s; the timer pauses while the pointer or focus is
 *   on it. The action runs once, then the toast closes and focus goes back where it was.
 * - Destructive actions should act at once and offer "Undo" here rather than ask first.
 * - <ToastRegion /> is mounted once, by the app shell.
 */
export interface ToastAction {
  readonly label: string;
  readonly run: () => void | Promise<void>;
}

export interface ToastOptions {
  readonly action?: ToastAction;
  /** Milliseconds before it closes by itself; `null` keeps it until dismissed. */
  readonly durationMs?: number | null;
}

export interface ToastApi {
  show(message: string, options?: ToastOptions): void;
  /** An error: what happened and what to do. Stays until dismissed. */
  error(message: string, options?: Omit<ToastOptions, 'durationMs'>): void;
}

interface ToastEntry {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'error';
  readonly action?: ToastAction;
  readonly durationMs: number | null;
}

const MAX_TOASTS = 3;

// The toasts on screen: a tiny store, so any code can raise one and one region shows them all.
let toasts: readonly ToastEntry[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const publish = (next: readonly ToastEntry[]) => {
  toasts = next;
  listeners.forEach((listener) => listener());
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const close = (id: number) => publish(toasts.filter((toast) => toast.id !== id));

function push(message: string, tone: ToastEntry['tone'], options: ToastOptions = {}): void {
  const fallback = tone === 'error' ? null : options.action ? 10_000 : 5_000;
  const entry: ToastEntry = {
    id: nextId++,
    message,
    tone,
    action: options.action,
    durationMs: options.durationMs === undefined ? fallback : options.durationMs,
  };
  publish([...toasts, entry].slice(-MAX_TOASTS));
}

/** The toast API; the same object everywhere. */
export const toast: ToastApi = {
  show: (message, options) => push(message, 'info', options),
  error: (message, options) => push(message, 'error', options),
};

export function useToast(): ToastApi {
  return toast;
}

/** Where toasts appear (mounted once, by the app shell). */
export function ToastRegion() {
  const shown = useSyncExternalStore(subscribe, () => toasts);
  return (
    <div className="toasts">
      {/* Both live regions exist from the start: screen readers only announce changes to regions they already know. */}
      <div role="status" className="toast-region">
        {shown.filter((t) => t.tone === 'info').map((entry) => (
          <ToastView key={entry.id} toast={entry} />
        ))}
      </div>
      <div role="alert" className="toast-region">
        {shown.filter((t) => t.tone === 'error').map((entry) => (
          <ToastView key={entry.id} toast={entry} />
        ))}
      </div>
    </div>
  );
}

function ToastView({ toast }: { readonly toast: ToastEntry }) {
  const [paused, setPaused] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (paused || toast.durationMs === null) return;
    const timer = setTimeout(() => close(toast.id), toast.durationMs);
    return () => clearTimeout(timer);
  }, [paused, toast.durationMs, toast.id]);

  const closeAndReturn = () => {
    const target = returnTo.current;
    close(toast.id);
    if (target?.isConnected) queueMicrotask(() => target.focus({ preventScroll: true }));
  };

  return (
    <div
      className={`toast toast-${toast.tone}`}
      onPointerEnter={() => setPaused(true)}
      onPointerLeave={() => setPaused(false)}
      onFocus={(event) => {
        setPaused(true);
        const from = event.relatedTarget;
        if (from instanceof HTMLElement && !event.currentTarget.contains(from)) returnTo.current = from;
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setPaused(false);
      }}
      onKeyDown={(event) => event.key === 'Escape' && closeAndReturn()}
    >
      <p className="toast-message">{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            void Promise.resolve(toast.action!.run()).finally(closeAndReturn);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="toast-close" aria-label="Dismiss notification" onClick={closeAndReturn}>
        ×
      </button>
    </div>
  );
}
