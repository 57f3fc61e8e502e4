import { useEffect, useState } from 'react';
import type { ScheduleResult } from '@contract';
import { callResolver } from '../api/call-resolver';

/** First wait before asking again, the factor each later wait grows by, and the longest wait. */
const FIRST_MS = 3000;
const GROWTH = 1.5;
const LONGEST_MS = 30_000;
/** After this many answers that are still computing or refreshing, stop asking: the person can reload. */
const MAX_POLLS = 40;

/** True while the schedule is computed in the background: being computed, or stored with a refresh on its way. */
export const inProgress = (schedule: ScheduleResult): boolean =>
  schedule.background !== undefined && (schedule.background.state === 'computing' || schedule.background.refreshing);

/**
 * The newest answer of `schedule/get` for a large project whose schedule is computed in the background: while
 * it is in progress, asks again politely (3 s, then each wait half as long again, at most 30 s; never while the
 * page is hidden; at most 40 times). Answers null until a poll brings something newer than `initial`.
 */
export function usePolledSchedule(projectKey: string, initial: ScheduleResult | null): { latest: ScheduleResult | null; gaveUp: boolean } {
  const [latest, setLatest] = useState<ScheduleResult | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const current = latest ?? initial;
  const polling = current !== null && inProgress(current);

  useEffect(() => {
    setLatest(null);
    setGaveUp(false);
  }, [projectKey, initial]);

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
        const answer = await callResolver('schedule/get', { projectKey });
        if (!live) return;
        setLatest(answer);
        if (!inProgress(answer)) return;
      } catch {
        // A failed poll is not the page's failure: the answer shown stays, and the next poll may succeed.
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
  }, [projectKey, polling]);

  return { latest, gaveUp };
}
