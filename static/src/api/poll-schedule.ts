/**
 * When the UI asks again for an answer the background is still computing: the first wait, the factor each later
 * wait grows by, the longest wait, and how many answers still waited on before it stops asking. Production's
 * schedule is fixed (3 s, 4.5 s, 6.75 s, ... at most 30 s, 40 times: some 18 minutes). Only the sandbox's host may
 * give its frame a faster one, in a `keel-poll-schedule` meta tag it adds to the frame's own index.html (Keel's
 * build has none; no resolver payload or Forge context reaches it), so browser tests see the same states sooner.
 */
export interface PollSchedule {
  firstMs: number;
  growth: number;
  longestMs: number;
  maxPolls: number;
}

export const PRODUCTION_POLLS: PollSchedule = { firstMs: 3000, growth: 1.5, longestMs: 30_000, maxPolls: 40 };

/** The name of the meta tag the sandbox's host adds to the frame's index.html. */
export const POLL_SCHEDULE_META = 'keel-poll-schedule';

/** The waits between asks, in order: `[3000, 4500, 6750, 10125, ...]` for production's schedule (40 of them). */
export function pollWaits(schedule: PollSchedule): number[] {
  const waits: number[] = [];
  for (let wait = schedule.firstMs; waits.length < schedule.maxPolls; wait = Math.min(schedule.longestMs, wait * schedule.growth)) waits.push(wait);
  return waits;
}

const PRODUCTION_PATIENCE_MS = pollWaits(PRODUCTION_POLLS).reduce((sum, wait) => sum + wait, 0);

/**
 * The schedule a meta tag's content asks for (`first=250,longest=1000`: the first and the longest wait in ms, each
 * at most production's; production's growth), asking until as much time has passed as production would before it
 * stops. No content, or content that does not parse, gives production's schedule.
 */
export function pollScheduleOf(content: string | null | undefined): PollSchedule {
  const match = /^first=(\d{2,5}),longest=(\d{2,5})$/.exec(content?.trim() ?? '');
  if (!match) return PRODUCTION_POLLS;
  const firstMs = Math.min(Number(match[1]), PRODUCTION_POLLS.firstMs);
  const longestMs = Math.min(Math.max(Number(match[2]), firstMs), PRODUCTION_POLLS.longestMs);
  // As patient in time as production: ask until its waits add up to production's.
  let maxPolls = 0;
  let waited = 0;
  for (let wait = firstMs; waited < PRODUCTION_PATIENCE_MS; wait = Math.min(longestMs, wait * PRODUCTION_POLLS.growth)) {
    waited += wait;
    maxPolls += 1;
  }
  return { ...PRODUCTION_POLLS, firstMs, longestMs, maxPolls };
}

/** The schedule of this frame: its index.html's meta tag's, else production's. */
export function framePollSchedule(): PollSchedule {
  return pollScheduleOf(document.head.querySelector(`meta[name="${POLL_SCHEDULE_META}"]`)?.getAttribute('content'));
}
