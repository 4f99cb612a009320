/** Without frames (a hidden window gets none), the callback still runs this soon. */
const NO_FRAME_FALLBACK_MS = 100;

/**
 * Runs `callback` once the next frame has been painted (a message posted from the frame
 * callback runs after that frame's style, layout and paint), or after a short timeout when no
 * frame comes. Returns the function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    callback();
  };
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  });
  const timer = setTimeout(run, NO_FRAME_FALLBACK_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
