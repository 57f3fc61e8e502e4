/**
 * `risks/issue`: the issue panel's risks (the risks linked to the issue, the schedule risks that name it), as
 * the viewer sees them. At most `schedule.backgroundAboveIssues` issues in scope, from the register computed in
 * the call (get-risks.ts). Above it, never a 4,000-issue register: the issue's links are read as the viewer,
 * the risks among them scored, and the schedule risks computed over the issue's neighbourhood in the stored
 * schedule (the issue, the ends of its links, the work its risks are linked to, its cycles), each shown issue
 * checked as the viewer first, from the variant without security levels for a viewer outside one
 * (stored-schedule-choice.ts). Every derived risk that names the issue depends only on that neighbourhood.
 */
import { storedDateOutdated } from './stored-date-outdated';
import type { IssueRisksResult, ScheduleResult } from '../contract';
import { fetchSiteFields } from '../adapters/jira/fetch-site-fields';
import { riskFieldsToRequest, riskFromIssue } from '../adapters/jira/risk-from-issue';
import { searchByKeys } from '../adapters/jira/search-by-keys';
import { searchIssues } from '../adapters/jira/search-issues';
import { loadAnalysisStatus } from '../adapters/storage/analysis-status';
import { refreshFailed } from './refresh-failed';
import { riskFieldIdsByName } from '../config/risk-field-names';
import type { Settings } from '../config/settings';
import { riskRegister } from '../domain/risk/risk-register';
import { type BackgroundSchedulePorts } from './get-project-schedule';
import { variantRefreshing, storedForViewer } from './stored-schedule-for-viewer';
import { keysViewerMayBrowse, knownProject } from './keys-viewer-may-browse';
import { queueRefreshIfNeeded } from './queue-refresh-if-needed';
import { getRisks } from './get-risks';
import { settingsAndScopeSize } from './panel-scope-size';
import { withIssueProject } from './with-issue-project';
import { issueRisksOf } from './issue-risks-of';
import { andJql, jqlString } from './report-scope';
import { riskPlan } from './risk-plan';
import { settingsFingerprint } from './settings-fingerprint';
import { emptySchedule, indexedRiskPart, storedIndexForViewer, type StoredIndex } from './stored-index-for-viewer';
import { parentsOutside, visibleSchedule } from './visible-schedule';

export async function getIssueRisks(ports: BackgroundSchedulePorts, input: { issueKey: string; asOf: string }): Promise<IssueRisksResult> {
  // Jira names the issue's project: its key is the project's own, so the scope is counted while the project is read.
  const { issueKey, projectKey, value } = await withIssueProject(ports.viewerJira, input.issueKey, (key) => settingsAndScopeSize(ports, key));
  const { settings, threshold, project, jql, issueCount } = value;
  const ref = { key: project.key, name: project.name };
  if (issueCount.count <= threshold) {
    const register = await getRisks({ viewerJira: ports.viewerJira, appJira: ports.appJira, loadSettings: ports.loadSettings, ...(ports.memo ? { memo: ports.memo } : {}) }, { projectKey, asOf: input.asOf });
    return { issueKey, project: ref, ...issueRisksOf(register, issueKey) };
  }
  return storedIssueRisks(ports, { issueKey, project: ref, settings, jql, issueCount: issueCount.count, asOf: input.asOf });
}

async function storedIssueRisks(
  ports: BackgroundSchedulePorts,
  input: { issueKey: string; project: { key: string; name: string }; settings: Settings; jql: string; issueCount: number; asOf: string },
): Promise<IssueRisksResult> {
  const { issueKey, project, settings } = input;
  const riskSettings = settings.risks;
  // The viewer's reads of the issue's risks, and the stored index with which one the viewer may see, do not wait for each other.
  const [records, [index, status]] = await Promise.all([
    linkedRiskRecords(ports, input),
    Promise.all([storedIndexForViewer(ports, project.key), loadAnalysisStatus(ports.store, project.key)]),
  ]);
  const { stored, choice } = await storedNeighbourhood(ports, index, { project, nearCriticalDays: settings.schedule.nearCriticalDays }, issueKey, records.flatMap((r) => r.linkedKeys));
  const readAgain = stored !== null && (stored.manifest.scopeJql !== input.jql || stored.manifest.settingsHash !== settingsFingerprint(settings));
  const outdated = stored !== null && !variantRefreshing(choice) && storedDateOutdated(stored.schedule.asOf, input.asOf, ports.now().slice(0, 10));
  const unknown = choice?.use === 'unknown';
  // Queued (or not) while the viewer's keys are checked: neither waits for the other.
  const queueing = queueRefreshIfNeeded(ports, project.key, status, stored === null || unknown || status.stale || readAgain || outdated, readAgain || unknown);
  const weights = { critical: riskSettings.criticalWeight, nearCritical: riskSettings.nearCriticalWeight };
  if (!stored || unknown || choice?.use === 'computing') {
    const refreshing = await queueing;
    // The linked risks are the viewer's own reads; only the plan behind their weights and the schedule risks waits.
    const register = riskRegister({ records, plan: { nodes: [], edges: [], cycles: [] }, scale: riskSettings.scale, weights });
    return { issueKey, project, linked: issueRisksOf(register, issueKey).linked, derived: [], stored: { state: 'computing', issueCount: input.issueCount, queuedAt: choice?.use === 'computing' ? choice.queuedAt : refreshing.queuedAt } };
  }
  if (choice?.use === 'unavailable') {
    await queueing;
    // The linked risks are the viewer's own reads; the plan that would weight them holds work hidden from them.
    const register = riskRegister({ records, plan: { nodes: [], edges: [], cycles: [] }, scale: riskSettings.scale, weights });
    return { issueKey, project, linked: issueRisksOf(register, issueKey).linked, derived: [], stored: { state: 'unavailable', computedAt: stored.manifest.computedAt, reason: choice.reason } };
  }
  const schedule = stored.schedule;
  const near = new Set([issueKey, ...records.flatMap((r) => r.linkedKeys)]);
  for (const e of schedule.edges) {
    if (e.from === issueKey) near.add(e.to);
    if (e.to === issueKey) near.add(e.from);
  }
  const cycles = schedule.cycles.filter((c) => c.issueKeys.includes(issueKey));
  for (const c of cycles) for (const k of c.issueKeys) near.add(k);
  const shown = schedule.nodes.filter((n) => near.has(n.key));
  // The viewer has just read the issue itself and its project (getIssueRisks), and may have counted all of it: no check.
  const [refreshing, browsable] = await Promise.all([queueing, keysViewerMayBrowse(ports, [...shown.filter((n) => n.key !== issueKey), ...parentsOutside(shown)], knownProject(project.key, choice))]);
  const visible = new Set([issueKey, ...browsable]);
  const neighbourhood: Omit<ScheduleResult, 'background'> = {
    ...schedule,
    nodes: shown,
    edges: schedule.edges.filter((e) => near.has(e.from) && near.has(e.to)),
    cycles,
    findings: [],
  };
  const cut = visibleSchedule(neighbourhood, (key) => visible.has(key)).schedule;
  const register = riskRegister({ records, plan: riskPlan(cut, new Set(records.map((r) => r.key))), scale: riskSettings.scale, weights });
  return { issueKey, project, ...issueRisksOf(register, issueKey), stored: { state: 'ready', computedAt: stored.manifest.computedAt, refreshing: refreshing.queued || variantRefreshing(choice), ...refreshFailed(status) } };
}

/** The risks among the issue and the issues it links to, as the viewer reads them. */
async function linkedRiskRecords(ports: BackgroundSchedulePorts, input: { issueKey: string; settings: Settings; jql: string }): Promise<ReturnType<typeof riskFromIssue>[]> {
  const { issueKey, settings } = input;
  const riskSettings = settings.risks;
  const riskType = riskSettings.issueType ?? settings.issueTypes.risk;
  const lookUp = riskSettings.findFieldsByName && Object.values(riskSettings.fields).some((id) => id === null);
  // The issue's links as the viewer sees them (Jira leaves out links to issues they may not browse), and the site's fields, at once.
  const [{ issues }, siteFields] = await Promise.all([
    searchIssues(ports.viewerJira, { jql: `key = ${issueKey}`, fields: ['issuelinks'], maxIssues: 1 }),
    lookUp ? fetchSiteFields(ports.viewerJira) : [],
  ]);
  const linkedKeys = [...new Set((issues[0]?.fields.issuelinks ?? []).flatMap((l) => [l.outwardIssue?.key, l.inwardIssue?.key]).filter((k): k is string => k !== undefined))];
  const ids = lookUp ? riskFieldIdsByName(riskSettings.fields, siteFields) : riskSettings.fields;
  const names = new Map(siteFields.map((f) => [f.id, f.name]));
  const riskJql = (keyJql: string) => andJql(input.jql, `issuetype = ${jqlString(riskType)} AND ${keyJql}`);
  const read = await searchByKeys([issueKey, ...linkedKeys], async (keyJql, count) => (await searchIssues(ports.viewerJira, { jql: riskJql(keyJql), fields: riskFieldsToRequest(ids), maxIssues: count })).issues);
  return read.found.map((found) => riskFromIssue(found, { ids, names, treatmentLinkType: riskSettings.treatmentLinkType }));
}

/**
 * The stored schedule around the issue, as the viewer may be answered from it: from the per-issue index (a few
 * buckets: stored-index-for-viewer.ts), else (an analysis stored before Keel kept one) the whole stored schedule.
 */
async function storedNeighbourhood(
  ports: BackgroundSchedulePorts,
  index: StoredIndex | null,
  head: { project: { key: string; name: string }; nearCriticalDays: number },
  issueKey: string,
  linkedKeys: readonly string[],
): Promise<Awaited<ReturnType<typeof storedForViewer>>> {
  if (index !== null && !index.ready) return { stored: { manifest: index.manifest, schedule: emptySchedule(index.manifest, head) }, choice: index.choice };
  const part = index?.ready ? await indexedRiskPart(index, head, issueKey, linkedKeys) : null;
  if (index?.ready && part !== null) return { stored: { manifest: index.manifest, schedule: part }, choice: index.choice };
  return storedForViewer(ports, head.project.key);
}
