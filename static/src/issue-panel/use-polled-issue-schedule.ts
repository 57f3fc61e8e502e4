import { useEffect, useState } from 'react';
import type { IssueScheduleResult } from '@contract';
import { callResolver } from '../api/call-resolver';

/** First wait before asking again, the factor each later wait grows by, and the longest wait. */
const FIRST_MS = 3000;
const GROWTH = 1.5;
const LONGEST_MS = 30_000;
/** After this many answers that are still computing, stop asking: the person can reload. */
const MAX_POLLS = 40;

/** True while the project's first stored analysis is being computed (a refresh keeps showing the stored one). */
export const beingComputed = (answer: IssueScheduleResult): boolean => answer.background?.state === 'computing';

/**
 * The newest answer of `schedule/issue` while the project's analysis is being computed in the background: asks
 * again politely (3 s, then each wait half as long again, at most 30 s; never while the page is hidden; at most
 * 40 times), as the Dependencies tab does (use-polled-schedule.ts). Only "being computed" is polled: an issue
 * panel is opened far more often than the project page, and a refreshing answer is already useful.
 */
export function usePolledIssueSchedule(issueKey: string, initial: IssueScheduleResult | null): { latest: IssueScheduleResult | null; gaveUp: boolean } {
  const [latest, setLatest] = useState<IssueScheduleResult | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const current = latest ?? initial;
  const polling = current !== null && beingComputed(current);

  useEffect(() => {
    setLatest(null);
    setGaveUp(false);
  }, [issueKey, initial]);

  useEffect(() => {
    if (!polling) return undefined;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    const wait = (ms: number) => {
      timer = setTimeout(() => void poll(ms), ms);
    };
    const poll = async (waited: number) => {
      if (!live) return;
      if (document.hidden) return wait(waited);
      polls += 1;
      try {
        const answer = await callResolver('schedule/issue', { issueKey });
        if (!live) return;
        setLatest(answer);
        if (!beingComputed(answer)) return;
      } catch {
        // A failed poll is not the panel's failure: the answer shown stays, and the next poll may succeed.
      }
      if (polls >= MAX_POLLS) return setGaveUp(true);
      wait(Math.min(LONGEST_MS, waited * GROWTH));
    };
    wait(FIRST_MS);
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
    // Polling restarts only when whether to poll changes, not with every answer.
  }, [issueKey, polling]);

  return { latest, gaveUp };
}
