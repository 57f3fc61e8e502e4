/**
 * The `levelled` section of `keel analyze` (issue #14): per issue the levelled start and finish, the levelling
 * delay and what it waits for; the project's levelled finish next to the CPM finish; the issues moved; and the
 * findings (unassigned, unestimated, no capacity, time off, over-allocated), with the method, seed and schedules.
 */
import type { ProjectLevelling, WaitsFor } from '../domain/levelling/project-levelling';

export interface LevelledSection {
  cpmFinish: string;
  levelledFinish: string;
  finishDelayDays: number;
  method: 'priority' | 'search';
  seed: number;
  schedules: number;
  moved: string[];
  issues: Record<string, { levelledStart: string; levelledFinish: string; delayDays: number; resource: string | null; waitsFor: WaitsFor }>;
  findings: ProjectLevelling['findings'];
}

export function levelledSection(levelling: ProjectLevelling): LevelledSection {
  return {
    cpmFinish: levelling.cpmFinish,
    levelledFinish: levelling.levelledFinish,
    finishDelayDays: levelling.finishDelayDays,
    method: levelling.method,
    seed: levelling.seed,
    schedules: levelling.schedules,
    moved: levelling.moved,
    issues: Object.fromEntries(
      Object.values(levelling.issues).map((i) => [i.key, { levelledStart: i.levelledStart, levelledFinish: i.levelledFinish, delayDays: i.delayDays, resource: i.resource, waitsFor: i.waitsFor }]),
    ),
    findings: levelling.findings,
  };
}
