import { useCallback, useMemo, useState } from 'react';
import { useLinkedParam } from '../navigation/linked-param';
import { NO_FILTER, type FilterState, type GraphFilter } from './graph-filter';

/**
 * The filters of the map or the Gantt, with the focus in the page's address (`?focus=PAY-12`): a link opens the
 * view focused, back undoes a focus, and the map and the Gantt (sharing `filterState`, schedule-views.tsx) see
 * the same focus. Without `filterState` the view keeps its own filters.
 */
export function useLinkedFilter(filterState?: FilterState): [GraphFilter, (next: GraphFilter) => void, (key: string | null) => void] {
  const own = useState<GraphFilter>(NO_FILTER);
  const [otherFilters, setOtherFilters] = filterState ?? own;
  const [focus, setFocus] = useLinkedParam('focus');
  const filter = useMemo<GraphFilter>(() => ({ ...otherFilters, focus }), [otherFilters, focus]);
  const setFilter = useCallback(
    (next: GraphFilter) => {
      setOtherFilters(next);
      if (next.focus !== focus) setFocus(next.focus);
    },
    [focus, setFocus, setOtherFilters],
  );
  return [filter, setFilter, setFocus];
}
