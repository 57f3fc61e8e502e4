/**
 * Which stored schedule a viewer of a large project may be answered from (DESIGN.md section 5). The consumer
 * stores the app's schedule over every issue and, when the scope or the issues it links to use issue security
 * levels, the schedule without any issue under one (analysis-security.ts). A viewer who sees every issue of the
 * project the app sees, and is in every level of the linked issues outside it, or who is in every level the
 * scope and those issues used, gets the app's; a viewer outside some level gets the one without levels, whose
 * dates, finish and counts no hidden issue moved (`partial` when they are in, or may be in, some of the levels:
 * issues they could open are then left out too, and a finding says so). `unknown`: no record of the levels for
 * this generation (an analysis stored before Keel read levels, or one being replaced), so nothing stored may be
 * shown to a viewer who does not see the whole project. `wholeProject`: the viewer counts every issue of the
 * project the app counts, so every stored issue of the project is theirs and their visible keys need not be
 * listed (only the issues of other projects are asked about).
 * `unavailable` (issue #11): a scope over several projects (a global scope JQL, which only a Jira admin sets)
 * whose other projects the viewer does not wholly see. No variant of it without them is kept, and its dates and
 * counts include their work, so nothing of it is shown; the reason says so.
 */
import type { AnalysisSecurity } from '../adapters/storage/analysis-security';
import type { Finding } from '../domain/finding';
import { seesWholeProject, viewerLevelAccess, viewerOutsideLevelAccess, type LevelCountPorts } from './viewer-levels';

export type StoredScheduleChoice =
  | { use: 'all'; wholeProject: boolean }
  | { use: 'withoutLevels'; partial: boolean }
  | { use: 'unknown' }
  | { use: 'unavailable'; reason: string };

/** Other projects of a programme checked at most (two counts each); past this, none of it is shown. */
export const MAX_PROGRAMME_PROJECTS = 10;

export async function storedScheduleChoice(
  ports: LevelCountPorts,
  projectKey: string,
  security: AnalysisSecurity | null,
  stored: { generation: string; projects?: Record<string, number> | undefined },
): Promise<StoredScheduleChoice> {
  // A manifest from before Keel kept the scope's projects may hold a programme: it is read again first.
  if (stored.projects === undefined) return { use: 'unknown' };
  const recorded = security !== null && security.generation === stored.generation;
  const outside = recorded ? security.outsideLevels : undefined;
  // Without the record of the outside levels nothing is shown: only the programme's projects are then asked about.
  const asking = !(recorded && outside === undefined);
  // Work outside the scope under a level the viewer is not in moves the app's dates: not theirs to see. The
  // programme's projects, the project and the outside levels are independent questions, asked all at once.
  const [unseen, whole, outsideAccess] = await Promise.all([
    programmeProjectsNotSeen(ports, projectKey, stored.projects),
    asking && seesWholeProject(ports, projectKey),
    asking && outside && outside.length > 0 ? viewerOutsideLevelAccess(ports, outside).then((access) => [...access.values()]) : [],
  ]);
  if (unseen !== null) return { use: 'unavailable', reason: programmeReason(unseen) };
  if (!asking) return { use: 'unknown' };
  const inEveryOutsideLevel = outsideAccess.every((a) => a === 'member');
  if (whole && inEveryOutsideLevel) return { use: 'all', wholeProject: true };
  if (!recorded) return whole ? { use: 'all', wholeProject: true } : { use: 'unknown' };
  if (security.levels.length === 0 && inEveryOutsideLevel) return { use: 'all', wholeProject: false };
  const access = [...(await viewerLevelAccess(ports, projectKey, security.levels)).values(), ...outsideAccess];
  if (access.every((a) => a === 'member')) return { use: 'all', wholeProject: false };
  return { use: 'withoutLevels', partial: whole || access.some((a) => a !== 'outside') };
}

/** The programme's other projects the viewer does not wholly see (null: every one), counted, never listed to them. */
async function programmeProjectsNotSeen(ports: LevelCountPorts, projectKey: string, projects: Record<string, number>): Promise<number | null> {
  const others = Object.entries(projects).filter(([key, count]) => key !== projectKey && count > 0).map(([key]) => key).sort();
  if (others.length === 0) return null;
  if (others.length > MAX_PROGRAMME_PROJECTS) return others.length;
  const unseen = (await Promise.all(others.map((other) => seesWholeProject(ports, other)))).filter((seen) => !seen).length;
  return unseen === 0 ? null : unseen;
}

function programmeReason(unseen: number): string {
  return `This scope reaches ${unseen} other project(s) whose issues you do not all see, so the schedule Keel stored cannot be shown to you: its dates and counts include work hidden from you. Ask a Jira admin for access to those projects, or for a scope JQL confined to this project.`;
}

/** Said to a viewer in some levels but not all: the stored schedule they get leaves out every level's issues. */
export function levelsLeftOutFinding(): Finding {
  return {
    kind: 'link-not-visible',
    severity: 'warning',
    title: 'Issues under security levels left out',
    advice:
      'Keel stores the schedule of a large project with every issue security level or with none. You are in some of the levels this project or the work it links to uses but not in all, so every issue under a level is left out of your view, even ones you may open in Jira, and these dates do not allow for their work.',
    issueKeys: [],
    details: [],
    count: 1,
  };
}
