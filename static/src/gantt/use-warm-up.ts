import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Rows drawn below the view for a moment once a freshly mounted Gantt is idle, then removed (issue #17). The
 * first scroll step of a fresh chart cost about 64 ms against under 31 ms for any later one: in Chromium's trace
 * it is V8 compiling React's update path and the window code on first use (V8.CompileCode, none on later steps),
 * with a first paint of rows never painted before. Drawing the next step's rows off screen and removing them while
 * nobody is scrolling runs that code and that paint once, so the user's first scroll finds them warm.
 */
export function useWarmUp(rows: number): number {
  const [extra, setExtra] = useState(0);
  useEffect(() => {
    let frame = 0;
    const warm = () => {
      // Drawn now, painted in the next frame, removed in the one after.
      flushSync(() => setExtra(rows));
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => setExtra(0));
      });
    };
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(warm, { timeout: 1000 });
      return () => {
        cancelIdleCallback(idle);
        cancelAnimationFrame(frame);
      };
    }
    const timer = setTimeout(warm, 200);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    };
  }, [rows]);
  return extra;
}
