/**
 * The work the viewer cannot see (`hidden/get`, or a tab's own answer's `hidden`), for the banner and the markers
 * under it: null when the viewer sees the whole plan, or outside a project page.
 */
import { createContext, useContext } from 'react';
import type { HiddenWork } from '@contract';

export const HiddenWorkContext = createContext<HiddenWork | null>(null);

export function useHiddenWork(): HiddenWork | null {
  return useContext(HiddenWorkContext);
}
