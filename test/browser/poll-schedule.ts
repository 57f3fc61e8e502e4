/**
 * The browser tests' poll schedule (static/src/api/poll-schedule.ts), which the harness gives the sandbox: the
 * frames ask again for a background answer after 250 ms, growing to at most 1 s (production: 3 s to 30 s).
 */
export const TEST_POLL_SCHEDULE = 'first=250,longest=1000';
