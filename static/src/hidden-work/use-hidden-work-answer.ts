/** The project page asks `hidden/get` once; every tab reads the answer from HiddenWorkContext. */
import type { HiddenWork } from '@contract';
import { useResolver } from '../api/use-resolver';

/** Each tab explains these itself (no access to the project, settings missing): the page would only repeat it. */
const TAB_SAYS = new Set(['FORBIDDEN', 'NOT_FOUND', 'NOT_CONFIGURED', 'INVALID_SETTINGS']);

export function useHiddenWorkAnswer(projectKey: string): { hidden: HiddenWork | null; problem: string | null } {
  const { state } = useResolver('hidden/get', { projectKey }, projectKey);
  // Until it answers, no banner; when it cannot answer, the page says so rather than implying nothing is hidden.
  if (state.status === 'error') return { hidden: null, problem: TAB_SAYS.has(state.code) ? null : `Keel could not check whether part of this plan is hidden from you: ${state.message}` };
  return { hidden: state.status === 'ready' ? state.data.hidden : null, problem: null };
}
