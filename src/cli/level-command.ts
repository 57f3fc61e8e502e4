/**
 * `keel level --psplib FILE.sm [--budget-ms N]`: the levelling domain code on a PSPLIB instance, so anyone can
 * benchmark it: the makespan found, the critical-path lower bound, one Microsoft Project-like pass for
 * comparison, the schedules generated, the seed and the time. The time budget stops the search early (then
 * the result can depend on the machine); without it the schedule limit alone does, and the run repeats exactly.
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '../app-error';
import { DEFAULT_MAX_SCHEDULES, levelSchedule } from '../domain/levelling/level-schedule';
import { psplibInstance, psplibProblem } from '../domain/levelling/psplib-instance';
import type { Command } from './parse-args';

export async function levelOutput(command: Extract<Command, { name: 'level' }>): Promise<string> {
  const text = await readFile(command.psplibFile, 'utf8').catch((error: unknown) => {
    throw new AppError('BAD_REQUEST', `cannot read ${command.psplibFile}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const problem = psplibProblem(psplibInstance(text));
  const began = performance.now();
  const pass = levelSchedule(problem, { method: 'priority' });
  const budget = command.budgetMs;
  const result = levelSchedule(problem, {
    method: command.method,
    maxSchedules: command.maxSchedules ?? DEFAULT_MAX_SCHEDULES,
    ...(command.seed === null ? {} : { seed: command.seed }),
    ...(budget === null ? {} : { deadline: () => performance.now() - began >= budget }),
  });
  const ms = performance.now() - began;
  return `${JSON.stringify(
    {
      file: command.psplibFile,
      makespan: result.makespan,
      criticalPathBound: result.cpmFinish,
      priorityPassMakespan: pass.makespan,
      method: result.method,
      schedules: result.schedules,
      seed: result.seed,
      ms: Math.round(ms),
      starts: [...result.start],
    },
    null,
    2,
  )}\n`;
}
