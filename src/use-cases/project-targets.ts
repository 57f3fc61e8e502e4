/**
 * A project's targets as the viewer may see them (issue 16, item 1): the launch date from the source the
 * settings choose (a version's release date, an issue's due date, a typed date), and its milestones, the
 * zero-duration activities of a mapped type or label (of the schedule's milestone candidates, status-inputs.ts),
 * with the early finish the schedule gives each. Reads as the viewer (`none`: no launch date, the milestones
 * still shown): at most three fetches (the versions, the launch issue, one search for the milestone labels), made
 * together and before the schedule is needed (`targetReads`).
 */
import { fetchIssueDue } from '../adapters/jira/fetch-issue-due';
import { fetchProjectVersions, type ProjectVersion } from '../adapters/jira/fetch-project-versions';
import { searchIssueKeys } from '../adapters/jira/search-issue-keys';
import type { ProductRequest } from '../adapters/product-request';
import type { TargetsSettings } from '../config/targets-settings';
import type { Finding } from '../domain/finding';
import { launchTarget, type LaunchTarget, type TargetSources } from '../domain/targets/launch-target';
import type { MilestoneInput } from '../domain/targets/milestone-variance';
import { jqlString } from './report-scope';
import type { MilestoneCandidate } from './status-inputs';

/** Milestones a project page names at most. */
export const MAX_MILESTONES = 50;

export interface ProjectTargets {
  target: LaunchTarget | null;
  milestones: (MilestoneInput & { done: boolean })[];
  findings: Finding[];
}

const undated = (title: string, advice: string, issueKeys: string[] = []): Finding => ({ kind: 'target-undated', severity: 'warning', title, advice, issueKeys, details: [], count: 1 });

/** The next release: the unreleased, unarchived version with the earliest release date; else the first unreleased one (which has none). */
function nextRelease(versions: readonly ProjectVersion[]): ProjectVersion | null {
  const open = versions.filter((v) => !v.released && !v.archived);
  const dated = open.filter((v) => v.releaseDate !== null).sort((a, b) => (a.releaseDate ?? '').localeCompare(b.releaseDate ?? '') || a.name.localeCompare(b.name));
  return dated[0] ?? open[0] ?? null;
}

async function launchSources(viewerJira: ProductRequest, settings: TargetsSettings['launch'], projectKey: string): Promise<{ sources: Omit<TargetSources, 'milestones'>; findings: Finding[] }> {
  const none = { settingsDate: null };
  if (settings.source === 'date') return { sources: { settingsDate: settings.date }, findings: [] };
  if (settings.source === 'issue' && settings.issueKey !== null) {
    const issue = await fetchIssueDue(viewerJira, settings.issueKey);
    if (issue !== null) return { sources: { ...none, issue: { key: issue.key, dueDate: issue.dueDate } }, findings: [] };
    return { sources: none, findings: [undated(`The launch issue ${settings.issueKey} was not found`, `Keel assumes no launch date from it (the latest milestone's due date, if any, is used). Check the key in the targets settings, or ask for access to ${settings.issueKey}.`, [settings.issueKey])] };
  }
  if (settings.source !== 'version') return { sources: none, findings: [] };
  const versions = await fetchProjectVersions(viewerJira, projectKey);
  if (settings.version === null) {
    const next = nextRelease(versions);
    return { sources: next === null ? none : { ...none, version: { name: next.name, releaseDate: next.releaseDate } }, findings: [] };
  }
  const wanted = settings.version.toLowerCase();
  const named = versions.find((v) => v.name.toLowerCase() === wanted);
  if (named) return { sources: { ...none, version: { name: named.name, releaseDate: named.releaseDate } }, findings: [] };
  return { sources: none, findings: [undated(`${projectKey} has no version named ${settings.version}`, `Keel assumes no launch date from a version. Name one of ${projectKey}'s versions in the targets settings (${versions.slice(0, 5).map((v) => v.name).join(', ') || 'it has none yet'}).`)] };
}

/** What the targets read from Jira, whatever the schedule: the launch sources, and the keys carrying a milestone label. */
export interface TargetReads {
  launch: Awaited<ReturnType<typeof launchSources>> | null;
  labelled: ReadonlySet<string>;
}

/** Reads both together, as the viewer: they need nothing of the schedule, so a caller may read it meanwhile. */
export async function targetReads(viewerJira: ProductRequest, settings: TargetsSettings, projectKey: string): Promise<TargetReads> {
  const [launch, labelled] = await Promise.all([
    settings.launch.source === 'none' ? null : launchSources(viewerJira, settings.launch, projectKey),
    labelledKeys(viewerJira, settings.milestones.labels, projectKey),
  ]);
  return { launch, labelled };
}

async function labelledKeys(viewerJira: ProductRequest, labels: readonly string[], projectKey: string): Promise<Set<string>> {
  if (labels.length === 0) return new Set();
  // Labels are free text: an unknown one matches nothing, where an unknown issue type would be refused (400).
  const jql = `project = ${jqlString(projectKey)} AND labels in (${labels.map(jqlString).join(', ')})`;
  return new Set((await searchIssueKeys(viewerJira, { jql, maxIssues: MAX_MILESTONES * 4 })).keys);
}

/**
 * The targets from what was read: the milestones are the candidates of a mapped type (any case) or carrying a
 * mapped label, the first MAX_MILESTONES by early finish (then key).
 */
export function targetsOf(reads: TargetReads, input: { settings: TargetsSettings; candidates: readonly MilestoneCandidate[]; asOf: string }): ProjectTargets {
  const { settings, candidates, asOf } = input;
  const types = new Set(settings.milestones.issueTypes.map((t) => t.toLowerCase()));
  const milestones = candidates
    .filter((n) => types.has(n.type.toLowerCase()) || reads.labelled.has(n.key))
    .sort((a, b) => a.earlyFinish.localeCompare(b.earlyFinish) || a.key.localeCompare(b.key))
    .slice(0, MAX_MILESTONES)
    .map((n) => ({ key: n.key, summary: n.summary, dueDate: n.dueDate, cpmDate: n.earlyFinish, successorCount: n.successorCount, done: n.statusCategory === 'done' }));
  if (reads.launch === null) return { target: null, milestones, findings: [] };
  const found = launchTarget({ ...reads.launch.sources, milestones }, asOf);
  return { target: found.target, milestones, findings: [...reads.launch.findings, ...found.findings] };
}

export async function projectTargets(
  viewerJira: ProductRequest,
  input: { settings: TargetsSettings; projectKey: string; candidates: readonly MilestoneCandidate[]; asOf: string },
): Promise<ProjectTargets> {
  return targetsOf(await targetReads(viewerJira, input.settings, input.projectKey), input);
}
