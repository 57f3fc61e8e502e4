/**
 * The project page's location in the host's address, through Forge's `view.createHistory()`: each move is a
 * history entry, so a copied address opens exactly that view and the browser's back and forward move between
 * them. Where the host offers no history (a module that is not a full page), the location is kept in memory
 * and the page still works; it only cannot be linked to.
 */
import { view } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState } from 'react';
import { pageLocationOf, pathOf, samePageLocation, type PageLocation } from './page-location';

type ForgeHistory = Awaited<ReturnType<typeof view.createHistory>>;

export interface PageHistory<T extends string> {
  location: PageLocation<T>;
  /** A new entry (tab changes, a new focus); `replace` rewrites the current one. */
  go: (next: PageLocation<T>, replace?: boolean) => void;
}

export function usePageHistory<T extends string>(tabs: readonly T[], fallback: T): PageHistory<T> {
  const [location, setLocation] = useState<PageLocation<T>>({ tab: fallback, params: {} });
  const history = useRef<ForgeHistory | null>(null);
  const tabsRef = useRef(tabs);

  useEffect(() => {
    let live = true;
    let unlisten: (() => void) | undefined;
    view.createHistory().then(
      (created) => {
        if (!live) return;
        history.current = created;
        setLocation(pageLocationOf(created.location, tabsRef.current, fallback));
        unlisten = created.listen((moved) => setLocation(pageLocationOf(moved, tabsRef.current, fallback)));
      },
      (error: unknown) => {
        console.warn('Keel: this page cannot keep its place in the address:', error instanceof Error ? error.message : error);
      },
    );
    return () => {
      live = false;
      unlisten?.();
    };
  }, [fallback]);

  const go = useCallback((next: PageLocation<T>, replace = false) => {
    setLocation((current) => {
      if (samePageLocation(current, next)) return current;
      const target = history.current;
      if (target) {
        if (replace) target.replace(pathOf(next));
        else target.push(pathOf(next));
      }
      return next;
    });
  }, []);

  return { location, go };
}
