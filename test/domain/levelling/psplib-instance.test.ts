import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { compiledProblem } from '../../../src/domain/levelling/compiled-problem';
import { levelSchedule } from '../../../src/domain/levelling/level-schedule';
import { psplibInstance, psplibProblem } from '../../../src/domain/levelling/psplib-instance';
import { unconstrainedTimes } from '../../../src/domain/levelling/unconstrained-times';

// PSPLIB J30 (Kolisch and Sprecher 1996) from ../shared/psplib, with its proven optima (optimum.csv).
const dir = process.env.KEEL_PSPLIB_J30 ?? join(__dirname, '../../../../shared/psplib/j30');
const read = (file: string): string => readFileSync(join(dir, file), 'utf8');
const optimum = (file: string): number => Number(read('optimum.csv').split('\n').find((l) => l.startsWith(`${file},`))?.split(',')[1]);
const SAMPLE = ['j301_1.sm', 'j3013_3.sm', 'j3025_4.sm', 'j3048_10.sm'];

describe('psplibInstance: the files’ own figures', () => {
  it('j301_1.sm: 32 jobs, 4 resources (12, 13, 4, 12), job 2 lasts 8 and needs 4 of R1', () => {
    const instance = psplibInstance(read('j301_1.sm'));
    expect(instance.jobs).toBe(32);
    expect(instance.capacities).toEqual([12, 13, 4, 12]);
    expect(instance.durations[1]).toBe(8);
    expect(instance.demands[1]).toEqual([4, 0, 0, 0]);
    expect(instance.successors[0]).toEqual([1, 2, 3]);
  });

  it.each(SAMPLE)('%s: the horizon is the sum of durations and the critical path is the stated MPM time', (file) => {
    const instance = psplibInstance(read(file));
    expect(instance.durations.reduce((a, b) => a + b, 0)).toBe(instance.horizon);
    expect(unconstrainedTimes(compiledProblem(psplibProblem(instance)).compiled).finish).toBe(instance.mpmTime ?? -1);
  });

  it.each(SAMPLE)('%s: one priority pass is feasible and no shorter than the optimum; the search is no worse', (file) => {
    const problem = psplibProblem(psplibInstance(read(file)));
    const best = optimum(file);
    const pass = levelSchedule(problem, { method: 'priority' });
    const search = levelSchedule(problem, { maxSchedules: 3000 });
    expect(pass.makespan).toBeGreaterThanOrEqual(best);
    expect(search.makespan).toBeGreaterThanOrEqual(best);
    expect(search.makespan).toBeLessThanOrEqual(pass.makespan);
  });

  it('j301_1.sm: the search finds the proven optimum, 43 (one pass gives 49)', () => {
    const problem = psplibProblem(psplibInstance(read('j301_1.sm')));
    expect(levelSchedule(problem, { method: 'priority' }).makespan).toBe(49);
    expect(levelSchedule(problem, { maxSchedules: 20_000 }).makespan).toBe(optimum('j301_1.sm'));
  });

  it('text that is not a PSPLIB file says what is missing', () => {
    expect(() => psplibInstance('hello')).toThrow('Not a single-mode PSPLIB file: no "jobs" line.');
    const cut = read('j301_1.sm').replace(/REQUESTS\/DURATIONS[\s\S]*/, '');
    expect(() => psplibInstance(cut)).toThrow('no "REQUESTS/DURATIONS" section');
  });
});
