/**
 * Which stored schedule a viewer of a large project may be answered from (DESIGN.md section 5). The consumer
 * stores the app's schedule over every issue and, when the scope uses issue security levels, the schedule
 * without any issue under one (analysis-security.ts). A viewer who sees every issue of the project the app
 * sees, or who is in every level the scope used, gets the app's; a viewer outside some level gets the one
 * without levels, whose dates, finish and counts no hidden issue moved (`partial` when they are in, or may be
 * in, some of the levels: issues they could open are then left out too, and a finding says so). `unknown`:
 * no record of the levels for this generation (an analysis stored before Keel read levels, or one being
 * replaced), so nothing stored may be shown to a viewer who does not see the whole project. `wholeProject`:
 * the viewer counts every issue of the project the app counts, so every stored issue of the project is theirs
 * and their visible keys need not be listed (only the issues of other projects are asked about).
 */
import type { AnalysisSecurity } from '../adapters/storage/analysis-security';
import type { Finding } from '../domain/finding';
import { seesWholeProject, viewerLevelAccess, type LevelCountPorts } from './viewer-levels';

export type StoredScheduleChoice = { use: 'all'; wholeProject: boolean } | { use: 'withoutLevels'; partial: boolean } | { use: 'unknown' };

export async function storedScheduleChoice(
  ports: LevelCountPorts,
  projectKey: string,
  security: AnalysisSecurity | null,
  generation: string,
): Promise<StoredScheduleChoice> {
  const recorded = security !== null && security.generation === generation;
  if (await seesWholeProject(ports, projectKey)) return { use: 'all', wholeProject: true };
  if (recorded && security.levels.length === 0) return { use: 'all', wholeProject: false };
  if (!recorded) return { use: 'unknown' };
  const access = [...(await viewerLevelAccess(ports, projectKey, security.levels)).values()];
  if (access.every((a) => a === 'member')) return { use: 'all', wholeProject: false };
  return { use: 'withoutLevels', partial: access.some((a) => a !== 'outside') };
}

/** Said to a viewer in some levels but not all: the stored schedule they get leaves out every level's issues. */
export function levelsLeftOutFinding(): Finding {
  return {
    kind: 'link-not-visible',
    severity: 'warning',
    title: 'Issues under security levels left out',
    advice:
      'Keel stores the schedule of a large project with every issue security level or with none. You are in some of the levels this project uses but not in all, so every issue under a level is left out of your view, even ones you may open in Jira, and these dates do not allow for their work.',
    issueKeys: [],
    details: [],
    count: 1,
  };
}
