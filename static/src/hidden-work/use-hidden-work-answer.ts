/** The project page asks `hidden/get` once; every tab reads the answer from HiddenWorkContext. */
import type { HiddenWork } from '@contract';
import { useResolver } from '../api/use-resolver';

export function useHiddenWorkAnswer(projectKey: string): { hidden: HiddenWork | null; problem: string | null } {
  const { state } = useResolver('hidden/get', { projectKey }, projectKey);
  // Until it answers, no banner; when it cannot answer, the page says so rather than implying nothing is hidden.
  if (state.status === 'error') return { hidden: null, problem: `Keel could not check whether part of this plan is hidden from you: ${state.message}` };
  return { hidden: state.status === 'ready' ? state.data.hidden : null, problem: null };
}
