/**
 * Which stored schedule a viewer of a large project is answered from, and under which analysis key (issue #11):
 * the level rule of stored-schedule-choice.ts, then the linked work outside the scope. The app read the linked
 * issues of every project; a viewer who may not browse one of those projects (they count none of its issues, or
 * Jira refuses the project: two `approximate-count` fetches a project, all at once) is answered from a variant
 * computed without that work (compute-outside-variant.ts), as their own live read would leave it out. A project
 * they may browse but not wholly see is not left out: Jira hides from them there only issues under a level they
 * are not in, and the level rule has then chosen for them the schedule without every linked issue under a level.
 * The variant of their set of hidden projects is queued on first demand, and until it is stored the answer is
 * `computing`; past `MAX_OUTSIDE_VARIANTS` sets a generation, or `MAX_OUTSIDE_PROJECTS` projects to check, it is
 * `unavailable`.
 * After a refresh, until the set's variant of the new generation is stored, the one of an earlier generation is
 * answered, marked `variantRefreshing`: it leaves out the same projects (its key is the set's), so it shows
 * nothing hidden, only older dates, as the whole analysis does while a refresh is under way.
 * The level record read is the analysis's own generation's (a refresh writes the next one before it flips).
 */
import { loadAnalysisSecurity, withoutLevelsKey } from '../adapters/storage/analysis-security';
import { loadAnalysisManifest, type AnalysisKvs, type AnalysisManifest } from '../adapters/storage/analysis-store';
import { claimOutsideVariant, MAX_OUTSIDE_VARIANTS, outsideVariantKey, type OutsideVariant } from '../adapters/storage/outside-variants';
import { storedScheduleChoice, type StoredScheduleChoice } from './stored-schedule-choice';
import { browsesProject, type LevelCountPorts } from './viewer-levels';
import { choiceKey, once, type InvocationMemo } from './invocation-memo';

/** Outside projects checked at most (two counts each, at once); past this, nothing stored is shown. */
export const MAX_OUTSIDE_PROJECTS = 20;

/**
 * `hidden`: the outside projects it leaves out, sorted; `keyManifest`: a variant's manifest, as read; `key`: the analysis whose schedule to read, `keyGeneration` the generation stored under it (the analysis's own,
 * or an earlier one's for a variant being computed again: `variantRefreshing`); `outsideLeftOut`: how many
 * outside projects it leaves out;
 * `levelKey`: the analysis (the project's, or its variant without levels) of the parts stored beside the schedule
 * (Overview, earned value, resources, forecast), which have no variant without outside projects.
 */
export type ViewerScheduleChoice =
  | (Extract<StoredScheduleChoice, { use: 'all' | 'withoutLevels' }> & { key: string; keyGeneration: string; variantRefreshing: boolean; levelKey: string; outsideLeftOut: number; hidden: string[]; keyManifest?: AnalysisManifest })
  | Extract<StoredScheduleChoice, { use: 'unknown' | 'unavailable' }>
  | { use: 'computing'; queuedAt: string; levelKey: string; outsideLeftOut: number };

export interface ViewerChoicePorts {
  store: AnalysisKvs;
  /** The invocation's memo (invocation-memo.ts): a choice asked again for the same generation is not made again. */
  memo?: Pick<InvocationMemo, 'choices'>;
  now: () => string;
  /** Queues a variant's computation; absent where no queue is (then the variant is unavailable). */
  requestOutsideVariant?: (projectKey: string, variant: OutsideVariant) => Promise<void>;
}

/**
 * Made once per invocation for a project's generation (the schedule and the forecast's criticality of one answer
 * both ask): its counts, reads and any variant it queues are not asked for twice.
 */
export function viewerScheduleChoice(ports: ViewerChoicePorts & { counts: LevelCountPorts }, projectKey: string, manifest: AnalysisManifest, counting?: () => void): Promise<ViewerScheduleChoice> {
  return once(ports.memo?.choices, choiceKey(projectKey, manifest.generation), () => chosenForViewer(ports, projectKey, manifest, counting));
}

/** `counting`: told once the counts are asked (early-views.ts starts its reads then, behind them). */
async function chosenForViewer(ports: ViewerChoicePorts & { counts: LevelCountPorts }, projectKey: string, manifest: AnalysisManifest, counting?: () => void): Promise<ViewerScheduleChoice> {
  const security = await loadAnalysisSecurity(ports.store, projectKey, manifest.generation);
  const recorded = security !== null && security.generation === manifest.generation ? security : null;
  const scopeProjects = new Set([projectKey, ...Object.keys(manifest.projects ?? {})]);
  const outside = Object.keys(recorded?.outsideProjects ?? {}).filter((p) => !scopeProjects.has(p)).sort();
  const counted = Promise.all([storedScheduleChoice(ports.counts, projectKey, security, manifest), projectsNotSeen(ports.counts, outside)]);
  counting?.();
  const [choice, hidden] = await counted;
  if (choice.use === 'unknown' || choice.use === 'unavailable') return choice;
  // Without the record of the outside projects (stored before Keel kept them), nobody can tell what moved the dates.
  if (recorded?.outsideProjects === undefined) return { use: 'unknown' };
  if (hidden === null) return { use: 'unavailable', reason: tooManyReason(outside.length) };
  const levelKey = choice.use === 'withoutLevels' ? withoutLevelsKey(projectKey) : projectKey;
  const { generation } = manifest;
  if (hidden.length === 0) return { ...choice, key: levelKey, keyGeneration: generation, variantRefreshing: false, levelKey, outsideLeftOut: 0, hidden };
  const variant: OutsideVariant = { generation, hidden, withoutLevels: choice.use === 'withoutLevels' };
  const key = outsideVariantKey(projectKey, variant);
  const keyManifest = await loadAnalysisManifest(ports.store, key);
  const stored = keyManifest?.generation;
  const chosen = { ...choice, key, levelKey, outsideLeftOut: hidden.length, hidden, ...(keyManifest ? { keyManifest } : {}) };
  if (stored === generation) return { ...chosen, keyGeneration: generation, variantRefreshing: false };
  if (!ports.requestOutsideVariant) return { use: 'unavailable', reason: notHereReason(hidden.length) };
  const claim = await claimOutsideVariant(ports.store, projectKey, variant, ports.now());
  if (claim.state === 'over-cap') return { use: 'unavailable', reason: overCapReason(hidden.length) };
  if (claim.state === 'queue') await ports.requestOutsideVariant(projectKey, variant);
  if (stored !== undefined) return { ...chosen, keyGeneration: stored, variantRefreshing: true };
  return { use: 'computing', queuedAt: claim.queuedAt, levelKey, outsideLeftOut: hidden.length };
}

/** The outside projects the viewer may not browse, sorted; null when there are too many to check. */
async function projectsNotSeen(counts: LevelCountPorts, projects: readonly string[]): Promise<string[] | null> {
  if (projects.length > MAX_OUTSIDE_PROJECTS) return null;
  const seen = await Promise.all(projects.map((p) => browsesProject(counts, p)));
  return projects.filter((_, i) => !seen[i]);
}

const tooManyReason = (n: number) =>
  `This project's issues link to work in ${n} other projects, more than Keel checks for each viewer (${MAX_OUTSIDE_PROJECTS}), so the schedule it stored cannot be shown to you: its dates may include work hidden from you. Ask a Jira admin to confine the links, or lower the project's scope below the background threshold.`;
const overCapReason = (n: number) =>
  `This project's issues link to work in ${n} project(s) you may not browse. Keel computes a schedule without such work for at most ${MAX_OUTSIDE_VARIANTS} different sets of hidden projects per analysis, and that many are in use, so the stored schedule cannot be shown to you: its dates include work hidden from you. The next refresh of the analysis starts the count again; or ask a Jira admin for access to the linked projects.`;
const notHereReason = (n: number) =>
  `This project's issues link to work in ${n} project(s) you may not browse, and the schedule without that work cannot be computed from here. Open the project page to have it computed.`;
