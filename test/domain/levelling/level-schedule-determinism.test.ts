import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { levelSchedule, scheduleBudget } from '../../../src/domain/levelling/level-schedule';
import { psplibInstance, psplibProblem } from '../../../src/domain/levelling/psplib-instance';

// Issue #14, "Determinism": the same input and seed give the same schedule. The search's budget is in schedules
// generated, so the clock only caps it; these tests run it on a fake clock that a slow machine would show.
const dir = process.env.KEEL_PSPLIB_J30 ?? join(__dirname, '../../../../shared/psplib/j30');
// j3029_1.sm: one of J30's hardest (optimum 85, critical path 62): the search spends its whole budget on it.
const hard = () => psplibProblem(psplibInstance(readFileSync(join(dir, 'j3029_1.sm'), 'utf8')));

/** A clock that advances `msPerCall` each time the search asks it: the search sees a machine that slow. */
function slowClock(msPerCall: number, capMs: number) {
  let now = 0;
  let calls = 0;
  return {
    deadline: () => {
      calls++;
      now += msPerCall;
      return now >= capMs;
    },
    calls: () => calls,
  };
}

describe('levelSchedule: the same input and seed give the same schedule on any machine', () => {
  it('a machine whose clock moves 5 ms per evaluation levels exactly as a fast one, within the safety cap', () => {
    const options = { seed: 11, maxSchedules: 4000 };
    const fast = levelSchedule(hard(), options);
    const slow = slowClock(5, 1e9);
    const slowRun = levelSchedule(hard(), { ...options, deadline: slow.deadline });
    expect(slow.calls()).toBeGreaterThan(100);
    expect([...slowRun.start]).toEqual([...fast.start]);
    expect(slowRun.makespan).toBe(fast.makespan);
    expect(slowRun.schedules).toBe(fast.schedules);
    expect(slowRun.cutShort).toBe(false);
    expect(fast.cutShort).toBe(false);
  });

  it('a run slowed for real (a busy clock) gives the same schedule', () => {
    const options = { seed: 3, maxSchedules: 1500 };
    const quick = levelSchedule(hard(), options);
    const busy = () => {
      const until = performance.now() + 0.02;
      while (performance.now() < until);
      return false;
    };
    expect([...levelSchedule(hard(), { ...options, deadline: busy }).start]).toEqual([...quick.start]);
  });

  it('when the cap does cut the search, the result says so (a finding, not a silent difference)', () => {
    const cut = levelSchedule(hard(), { seed: 11, maxSchedules: 4000, deadline: slowClock(5, 500).deadline });
    expect(cut.cutShort).toBe(true);
    expect(cut.schedules).toBeLessThan(4000);
    const unlimited = levelSchedule(hard(), { seed: 11, maxSchedules: 4000 });
    expect(cut.makespan).toBeGreaterThanOrEqual(unlimited.makespan);
  });

  it('a search stopped by its lower bound is not cut short, even on a slow clock', () => {
    // j3012_4.sm: the optimum, 63, is the critical path's length.
    const easy = psplibProblem(psplibInstance(readFileSync(join(dir, 'j3012_4.sm'), 'utf8')));
    const result = levelSchedule(easy, { deadline: slowClock(1, 50).deadline });
    expect(result.makespan).toBe(63);
    expect(result.schedules).toBeLessThan(50 * 3);
    expect(result.cutShort).toBe(false);
  });

  it('the default budget is a fixed amount of work: 960,000 activities placed, at least 300 schedules', () => {
    expect([32, 120, 1000, 5000].map(scheduleBudget)).toEqual([30_000, 8_000, 960, 300]);
    expect(scheduleBudget(0)).toBe(30_000);
  });
});
