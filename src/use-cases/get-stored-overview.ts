/**
 * The Overview of a project above the background threshold (DESIGN.md section 5), from the parts the consumer
 * stored with the analysis (store-overviews.ts), never from the first 4,000 issues read in the call. Cut to the
 * viewer as the stored schedule is (stored-schedule-choice.ts): a viewer who sees every issue of the project the
 * app sees, or is in every level the scope uses, gets the figures over every issue; one outside a level gets
 * those over the issues under none, which no hidden issue moved; with no record of the levels, "being
 * computed". Links that leave the scope count only into projects the viewer may browse. A scope over several
 * projects (a global scope JQL) whose issues of another project the viewer lists fewer of than were counted is
 * `unavailable`: no figure of the app's is shown.
 */
import { storedDateOutdated } from './stored-date-outdated';
import type { OverviewResult } from '../contract';
import { fetchSiteFields } from '../adapters/jira/fetch-site-fields';
import { loadAnalysisManifest } from '../adapters/storage/analysis-store';
import { loadAnalysisSecurity, withoutLevelsKey } from '../adapters/storage/analysis-security';
import { loadAnalysisStatus } from '../adapters/storage/analysis-status';
import { loadStoredOverview } from '../adapters/storage/stored-overview';
import { dependencyRules } from '../config/dependency-rules';
import type { Finding } from '../domain/finding';
import { overviewForViewer } from '../domain/overview-parts';
import { levelCountPorts, queueRefreshIfNeeded, type BackgroundSchedulePorts } from './get-project-schedule';
import { listedKeys, projectsViewerMayBrowse, type LargeScope } from './large-scope';
import { mappedFieldFinding } from './mapped-field-finding';
import { settingsFingerprint } from './settings-fingerprint';
import { levelsLeftOutFinding, storedScheduleChoice } from './stored-schedule-choice';

export async function getStoredOverview(ports: BackgroundSchedulePorts, scope: LargeScope, asOf: string): Promise<OverviewResult> {
  const { project, settings, jql } = scope;
  const manifest = await loadAnalysisManifest(ports.store, project.key);
  const status = await loadAnalysisStatus(ports.store, project.key);
  const choice = manifest ? await storedScheduleChoice(levelCountPorts(ports), project.key, await loadAnalysisSecurity(ports.store, project.key), manifest.generation) : null;
  const unknown = choice?.use === 'unknown';
  const stored = manifest && !unknown ? await loadStoredOverview(ports.store, choice?.use === 'withoutLevels' ? withoutLevelsKey(project.key) : project.key) : null;
  // Parts of another generation: an analysis stored before Keel kept them, or one being replaced.
  const parts = stored !== null && stored.generation === manifest?.generation ? stored.value : null;
  const readAgain = manifest !== null && (manifest.scopeJql !== jql || manifest.settingsHash !== settingsFingerprint(settings));
  const outdated = manifest !== null && storedDateOutdated(manifest.computedAt.slice(0, 10), asOf, ports.now().slice(0, 10));
  const refreshing = await queueRefreshIfNeeded(ports, project.key, status, parts === null || status.stale || readAgain || outdated, readAgain || unknown);
  const head = { project: { key: project.key, name: project.name }, scopeJql: jql, asOf, hiddenLinksChecked: false };
  const empty = { ...head, issueCount: 0, byType: [], linksByType: [], findings: [] };
  if (!manifest || !parts) return { ...empty, stored: { state: 'computing', issueCount: scope.counted ?? 0, queuedAt: refreshing.queuedAt } };

  // Only a scope reaching other projects (a global scope JQL) needs the viewer's keys listed.
  const others = Object.keys(parts.issuesByProject).some((p) => p !== project.key);
  const unseen = others ? projectsNotWhollySeen(parts.issuesByProject, await listedKeys(ports, jql), project.key) : [];
  if (unseen.length > 0) {
    const reason = `This scope reaches ${unseen.length} other project(s) whose issues you do not all see, so the figures Keel stored cannot be shown to you: they would count issues hidden from you. Ask a Jira admin for access, or set a scope JQL confined to this project.`;
    return { ...empty, stored: { state: 'unavailable', computedAt: manifest.computedAt, reason } };
  }
  const browsable = await projectsViewerMayBrowse(ports, parts.outside.map((l) => l.otherProjectKey));
  const overview = overviewForViewer(parts, dependencyRules(settings), (key) => browsable.has(key));
  // The app sees every field; a field hidden from the viewer is not a deleted one.
  const siteFields = await fetchSiteFields(ports.appJira ?? ports.viewerJira);
  const partial = choice?.use === 'withoutLevels' && choice.partial;
  const findings = [mappedFieldFinding(settings, siteFields, project.key), partial ? levelsLeftOutFinding() : null, ...overview.findings].filter((f): f is Finding => f !== null);
  return { ...head, ...overview, findings, stored: { state: 'ready', computedAt: manifest.computedAt, refreshing: refreshing.queued } };
}

/** Projects other than the page's whose stored issue count is above what the viewer lists of them. */
function projectsNotWhollySeen(stored: Record<string, number>, listedKeys: readonly string[], projectKey: string): string[] {
  const listed = new Map<string, number>();
  for (const key of listedKeys) {
    const p = key.slice(0, key.lastIndexOf('-'));
    listed.set(p, (listed.get(p) ?? 0) + 1);
  }
  return Object.entries(stored).filter(([p, n]) => p !== projectKey && (listed.get(p) ?? 0) < n).map(([p]) => p);
}
