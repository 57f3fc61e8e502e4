/**
 * The project's `status/get` answer, asked once by the project page (issue 16), for views that draw what it
 * says: the Gantt flags the launch date and the milestones' targets with their variance. Null while it loads, when
 * it failed (the status line says why), or outside a project page.
 */
import { createContext, useContext } from 'react';
import type { StatusResult } from '@contract';

export const StatusAnswerContext = createContext<StatusResult | null>(null);

export function useStatusAnswer(): StatusResult | null {
  return useContext(StatusAnswerContext);
}
