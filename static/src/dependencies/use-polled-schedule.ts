import type { ScheduleResult } from '@contract';
import { callResolver } from '../api/call-resolver';
import { usePolledAnswer } from '../api/use-polled-answer';

/** True while the schedule is computed in the background: being computed, or stored with a refresh on its way. */
export const inProgress = (schedule: ScheduleResult): boolean =>
  schedule.background !== undefined && (schedule.background.state === 'computing' || (schedule.background.state === 'ready' && schedule.background.refreshing));

/** The newest answer of `schedule/get` for a large project, asked again while it is in progress (use-polled-answer.ts). */
export function usePolledSchedule(projectKey: string, initial: ScheduleResult | null): { latest: ScheduleResult | null; gaveUp: boolean } {
  return usePolledAnswer(projectKey, initial, () => callResolver('schedule/get', { projectKey }), inProgress);
}
