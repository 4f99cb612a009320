import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { KEYBOARD_STEP } from './paneSizes';

interface PaneSeparatorProps {
  readonly label: string;
  /** The id of the pane whose width this separator sets. */
  readonly controls: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** +1 when dragging right widens the pane (it is on the left), -1 when it narrows it. */
  readonly direction: 1 | -1;
  /** `commit` is true when the drag or key press is over: the moment to remember the size. */
  readonly onChange: (width: number, commit: boolean) => void;
  readonly onReset: () => void;
}

/**
 * A focusable splitter (WAI-ARIA window splitter): Left/Right arrows resize by 16 px (64 with
 * Shift), Home and End go to the limits, Enter restores the default width; the pointer drags.
 */
export function PaneSeparator({ label, controls, value, min, max, direction, onChange, onReset }: PaneSeparatorProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? KEYBOARD_STEP * 4 : KEYBOARD_STEP;
    const next: Record<string, number> = {
      ArrowLeft: value - step * direction,
      ArrowRight: value + step * direction,
      Home: min,
      End: max,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      return onReset();
    }
    const width = next[event.key];
    if (width === undefined) return;
    event.preventDefault();
    onChange(width, true);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onChange(drag.current.width + (event.clientX - drag.current.x) * direction, false);
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    onChange(value, true);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${value} pixels wide`}
      tabIndex={0}
      className="pane-separator"
      title={`${label}: drag, or focus and use the arrow keys (Enter resets)`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={onReset}
    />
  );
}
