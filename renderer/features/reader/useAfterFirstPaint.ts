import { useEffect, useState } from 'react';

/**
 * False while what `key` names (the open source) is drawn for the first time, true from the next
 * frame on, and false again for a new key. For work nobody sees that can wait one frame, so that
 * an article appears as soon as its text and marks are laid out.
 */
export function useAfterFirstPaint(key: string | undefined): boolean {
  const [paintedKey, setPaintedKey] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (key === undefined) return;
    // The effect runs after the first render is committed, so the frame callback comes at the
    // start of the frame that paints it (or a later one), and React renders the change after that.
    const frame = requestAnimationFrame(() => setPaintedKey(key));
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return key !== undefined && paintedKey === key;
}
