/**
 * `keel level --psplib FILE.sm [--budget-ms N]`: the levelling domain code on a PSPLIB instance, so anyone can
 * benchmark it: the makespan found, the critical-path lower bound, one Microsoft Project-like pass for
 * comparison, the schedules generated, the seed and the time. The schedule budget (`--max-schedules`, default
 * scheduleBudget(n)) decides the result, so a run repeats exactly; `--budget-ms` only caps the time, and when it
 * cuts the search `cutShort` is true (that result can depend on the machine).
 */
import { readFile } from 'node:fs/promises';
import { AppError } from '../app-error';
import { levelSchedule } from '../domain/levelling/level-schedule';
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
    ...(command.maxSchedules === null ? {} : { maxSchedules: command.maxSchedules }),
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
      maxSchedules: result.maxSchedules,
      cutShort: result.cutShort,
      seed: result.seed,
      ms: Math.round(ms),
      starts: [...result.start],
    },
    null,
    2,
  )}\n`;
}
