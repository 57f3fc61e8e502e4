import { useEffect, useRef, useState } from 'react';
import { framePollSchedule } from './poll-schedule';

/**
 * The newest answer of a resolver whose work runs in the background: while `waiting(answer)` holds, asks again
 * politely (3 s, then each wait half as long again, at most 30 s; never while the page is hidden; at most 40
 * times; poll-schedule.ts). Answers null until a poll brings something newer than `initial`; `key` names what is asked about.
 */
export function usePolledAnswer<T>(key: string, initial: T | null, ask: () => Promise<T>, waiting: (answer: T) => boolean): { latest: T | null; gaveUp: boolean } {
  const [latest, setLatest] = useState<T | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const current = latest ?? initial;
  const polling = current !== null && waiting(current);
  // The newest functions, without restarting the polling each time the caller renders new ones.
  const asked = useRef({ ask, waiting });
  asked.current = { ask, waiting };

  useEffect(() => {
    setLatest(null);
    setGaveUp(false);
  }, [key, initial]);

  useEffect(() => {
    if (!polling) return undefined;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let polls = 0;
    // After maxPolls answers that are still waited on, stop asking: the person can reload.
    const { firstMs, growth, longestMs, maxPolls } = framePollSchedule();
    const wait = (ms: number) => {
      timer = setTimeout(() => void poll(ms), ms);
    };
    const poll = async (waited: number) => {
      if (!live) return;
      if (document.hidden) return wait(waited);
      polls += 1;
      try {
        const answer = await asked.current.ask();
        if (!live) return;
        setLatest(answer);
        if (!asked.current.waiting(answer)) return;
      } catch {
        // A failed poll is not the view's failure: the answer shown stays, and the next poll may succeed.
      }
      if (polls >= maxPolls) return setGaveUp(true);
      wait(Math.min(longestMs, waited * growth));
    };
    wait(firstMs);
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
    // Polling restarts only when what is asked about or whether to poll changes, not with every answer.
  }, [key, polling]);

  return { latest, gaveUp };
}
