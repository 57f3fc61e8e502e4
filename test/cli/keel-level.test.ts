/** `keel level --psplib FILE.sm` as a person runs it: a separate process, its output and exit code. */
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { keel } from './run-keel';

const J30 = process.env.KEEL_PSPLIB_J30 ?? join(__dirname, '../../../shared/psplib/j30');

describe('keel level --psplib', () => {
  it('prints the makespan of j301_1.sm (optimum 43, critical path 38, one priority pass 49) and repeats it exactly', async () => {
    const args = ['level', '--psplib', join(J30, 'j301_1.sm'), '--max-schedules', '3000', '--seed', '5'];
    const [one, two] = await Promise.all([keel(...args), keel(...args)]);
    expect(one.code).toBe(0);
    const out = JSON.parse(one.stdout) as { makespan: number; criticalPathBound: number; priorityPassMakespan: number; seed: number; starts: number[] };
    expect(out.criticalPathBound).toBe(38);
    expect(out.priorityPassMakespan).toBe(49);
    expect(out.makespan).toBeGreaterThanOrEqual(43);
    expect(out.makespan).toBeLessThanOrEqual(49);
    expect(out.seed).toBe(5);
    expect((JSON.parse(two.stdout) as { starts: number[] }).starts).toEqual(out.starts);
  }, 60_000);

  it('says what is wrong with its flags and its file', async () => {
    const missing = await keel('level', '--budget-ms', 'soon');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('keel: --psplib FILE.sm is required (a single-mode PSPLIB instance); --budget-ms must be a whole number of 0 or more, not "soon"\n');
    const notPsplib = await keel('level', '--psplib', join(J30, 'optimum.csv'));
    expect(notPsplib.code).toBe(1);
    expect(notPsplib.stderr).toBe('keel: Not a single-mode PSPLIB file: no "jobs" line.\n');
  }, 60_000);
});
