/**
 * Which dates the Dependencies tab's views show: the critical path's, or the levelled plan's (issue #14). The
 * Gantt's target flags measure their variance against the same dates as the bars they stand among.
 */
import { createContext, useContext } from 'react';
import type { DatesShown } from '../gantt/gantt-targets';

export const DatesShownContext = createContext<DatesShown>('cpm');

export function useDatesShown(): DatesShown {
  return useContext(DatesShownContext);
}
