import type { IssueScheduleResult } from '@contract';
import { callResolver } from '../api/call-resolver';
import { usePolledAnswer } from '../api/use-polled-answer';

/** True while the project's first stored analysis is being computed (a refresh keeps showing the stored one). */
export const beingComputed = (answer: IssueScheduleResult): boolean => answer.background?.state === 'computing';

/**
 * The newest answer of `schedule/issue` while the project's analysis is being computed in the background
 * (use-polled-answer.ts). Only "being computed" is polled: an issue panel is opened far more often than the
 * project page, and a refreshing answer is already useful.
 */
export function usePolledIssueSchedule(issueKey: string, initial: IssueScheduleResult | null): { latest: IssueScheduleResult | null; gaveUp: boolean } {
  return usePolledAnswer(issueKey, initial, () => callResolver('schedule/issue', { issueKey }), beingComputed);
}
