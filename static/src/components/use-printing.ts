/**
 * Whether the view is being printed, so a paged table prints every row it holds rather than the page on screen
 * (the pager is a control, and print hides controls). Set on `beforeprint`, flushed so the print layout has the
 * rows, and cleared on `afterprint`; also follows the print media query, which is what Chromium's print preview
 * and an emulated print medium change.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const change = (event: MediaQueryListEvent) => set(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
