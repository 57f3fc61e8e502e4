import { useRef } from 'react';
import type { ScheduleResult } from '@contract';
import { callResolver } from '../api/call-resolver';
import { usePolledAnswer } from '../api/use-polled-answer';
import { heldSummaryOf, withHeldSummary, type HeldSummary } from './held-summary';

/** True while the schedule is computed in the background: being computed, or stored with a refresh on its way. */
export const inProgress = (schedule: ScheduleResult): boolean =>
  schedule.background !== undefined && (schedule.background.state === 'computing' || (schedule.background.state === 'ready' && schedule.background.refreshing));

/**
 * The newest answer of `schedule/get` for a large project, asked again while it is in progress (use-polled-answer.ts).
 * Each poll says which epics summary it holds, and is not sent it again (held-summary.ts).
 */
export function usePolledSchedule(projectKey: string, initial: ScheduleResult | null): { latest: ScheduleResult | null; gaveUp: boolean } {
  // The last poll's summary, of the project it was asked for; the first poll holds the initial answer's.
  const held = useRef<{ projectKey: string; summary: HeldSummary | null } | null>(null);
  const ask = async () => {
    const holding = held.current?.projectKey === projectKey ? held.current.summary : heldSummaryOf(initial);
    const answer = withHeldSummary(await callResolver('schedule/get', holding ? { projectKey, summaryHeld: holding.version } : { projectKey }), holding);
    held.current = { projectKey, summary: heldSummaryOf(answer) };
    return answer;
  };
  return usePolledAnswer(projectKey, initial, ask, inProgress);
}
