/**
 * When the UI asks again for a background answer (static/src/api/poll-schedule.ts): production's schedule is the
 * one Keel always had, whatever the frame is given; only the sandbox's meta tag makes it faster, and then it is as
 * patient in time before giving up.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { POLL_SCHEDULE_META, PRODUCTION_POLLS, pollScheduleOf, pollWaits } from '../../../static/src/api/poll-schedule';
import { TEST_POLL_SCHEDULE } from '../../browser/poll-schedule';

const sum = (waits: number[]) => waits.reduce((a, b) => a + b, 0);

describe('the poll schedule', () => {
  it('in production: 3 s, each wait half as long again, at most 30 s, 40 asks (some 18 minutes)', () => {
    const waits = pollWaits(PRODUCTION_POLLS);
    expect(waits.slice(0, 7), 'the first waits').toEqual([3000, 4500, 6750, 10_125, 15_187.5, 22_781.25, 30_000]);
    expect(waits.length, 'asks before giving up').toBe(40);
    expect(waits.slice(6).every((w) => w === 30_000), 'the longest wait from the 7th on').toBe(true);
    expect(Math.round(sum(waits) / 1000), 'seconds before giving up').toBe(1082);
  });

  it('is production\'s without a meta tag, or with one that does not parse', () => {
    for (const content of [null, undefined, '', 'first=250', 'first=abc,longest=1000', 'first=250,longest=1000,growth=9', 'longest=1000,first=250', 'first=1,longest=1000'])
      expect(pollScheduleOf(content), String(content)).toEqual(PRODUCTION_POLLS);
  });

  it('is never slower than production, whatever the meta tag asks', () => {
    expect(pollScheduleOf('first=99999,longest=99999'), 'both capped').toEqual(PRODUCTION_POLLS);
    expect(pollScheduleOf('first=2000,longest=500'), 'the longest at least the first').toMatchObject({ firstMs: 2000, longestMs: 2000 });
  });

  it("the browser tests' schedule: 250 ms growing to 1 s, as patient in time as production", () => {
    const schedule = pollScheduleOf(TEST_POLL_SCHEDULE);
    const waits = pollWaits(schedule);
    expect(waits.slice(0, 5), 'the first waits').toEqual([250, 375, 562.5, 843.75, 1000]);
    expect(schedule.growth).toBe(PRODUCTION_POLLS.growth);
    const patience = sum(pollWaits(PRODUCTION_POLLS));
    expect(sum(waits), 'time before giving up').toBeGreaterThanOrEqual(patience);
    expect(sum(waits.slice(0, -1)), 'not a poll more than needed').toBeLessThan(patience);
  });

  it("Keel's own index.html carries no schedule: only the sandbox adds one", async () => {
    const html = await readFile(join(__dirname, '..', '..', '..', 'static', 'index.html'), 'utf8');
    expect(html).not.toContain(POLL_SCHEDULE_META);
  });
});
