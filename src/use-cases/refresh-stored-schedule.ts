/**
 * The `keel-analysis` consumer's work (DESIGN.md section 5): computes a large project's schedule AS THE APP and
 * stores it with its inputs. With a stored analysis of the same scope JQL and settings, only what changed is read: issues
 * updated since the last sync (a relative JQL date, so no timezone is assumed), issues whose links changed,
 * and issues deleted (from the triggers' list); otherwise the whole scope, read over as many invocations as it
 * takes (each stages its pages and queues the next; the last computes). One chain at a time per project holds
 * a lease (refresh-chain.ts); an event that finds it held stops at once. Nobody sees this result as it is:
 * `schedule/get` cuts it to what each viewer may browse (visible-schedule.ts). When issues of the scope are
 * under an issue security level, or the issues outside it that they link to are, the schedule is computed a second
 * time without them (and without the links to them) and stored beside it, for viewers outside a level
 * (analysis-security.ts, stored-schedule-choice.ts). The linked issues outside the scope are stored with the
 * generation, for the variants without some of their projects computed on demand (compute-outside-variant.ts).
 * The Overview's parts are stored the same way (store-overviews.ts), for the Overview and the macros.
 */
import { storedViews } from './schedule-views/stored-views';
import { fetchProject } from '../adapters/jira/fetch-project';
import type { JiraIssue } from '../adapters/jira/jira-issue-schema';
import { searchIssuePages } from '../adapters/jira/search-issue-pages';
import { workItemFromIssue } from '../adapters/jira/work-item-from-issue';
import type { ProductRequest } from '../adapters/product-request';
import { issuesByProject, loadAnalysisIssues, loadAnalysisManifest, saveAnalysis, type AnalysisKvs, type AnalysisManifest } from '../adapters/storage/analysis-store';
import { deleteStagedIssues, loadStagedIssues, saveStagedIssues } from '../adapters/storage/analysis-staging';
import { storedIssue } from '../adapters/storage/stored-issue';
import { FRESH_STATUS, loadAnalysisStatus, saveAnalysisStatus } from '../adapters/storage/analysis-status';
import { markChangesTaken, type CollectedChanges } from '../adapters/storage/analysis-changes';
import { changesMayHaveExpired, takeHeardChanges } from './take-heard-changes';
import { mergedChanges } from './merged-changes';
import { refreshFailureReason } from './refresh-failure-reason';
import type { Settings } from '../config/settings';
import { scopeJql } from '../config/scope-jql';
import { saveAnalysisSecurity, withoutLevelsKey } from '../adapters/storage/analysis-security';
import { deleteOutsideIssues, saveOutsideIssues } from '../adapters/storage/outside-issues';
import { carryVariantsForward } from './carry-variants-forward';
import type { OutsideVariant } from '../adapters/storage/outside-variants';
import { scopeCapFinding } from '../domain/scope-cap-finding';
import type { WorkItem } from '../domain/work-item';
import type { ScheduleResult } from '../contract';
import type { BaselineKvs } from '../adapters/storage/baseline-store';
import { scheduleOfScope } from './get-schedule';
import type { CpmRun } from './get-levelled';
import { endChain, joinChain, recordChain, type ChainPorts } from './refresh-chain';
import { itemsWithoutLevels } from './without-levels';
import { settingsFingerprint, storedFields } from './settings-fingerprint';
import { storeEvms } from './store-evms';
import { storeLevellings } from './store-levellings';
import { storeOverviews } from './store-overviews';

/** Issues a stored analysis holds at most; a larger scope is cut here, with the search's truncation noted. */
export const MAX_STORED_ISSUES = 50_000;

/** Where a long full read goes on in the next invocation: the new analysis's generation, its staged parts, the search's token. */
export interface ReadContinuation {
  generation: string;
  pageToken: string;
  parts: number;
  issuesSoFar: number;
  startedAt: string;
}

export interface RefreshPorts extends ChainPorts {
  appJira: ProductRequest;
  loadSettings: (projectKey: string) => Promise<Settings>;
  store: AnalysisKvs;
  now: () => string;
  newGeneration: () => string;
  /** Queues the next part of a long full read: another invocation, with its own fetch budget. */
  continueLater: (projectKey: string, continuation: ReadContinuation) => Promise<void>;
  /** Queues a refresh: for an event that came in while this one held the lease. */
  requestRefresh: (projectKey: string) => Promise<void>;
  /** The project's stored EVM baselines, for the one the settings name; absent: earned value against the current plan. */
  baselines?: BaselineKvs;
  /** Queues a variant without some outside projects (compute-outside-variant.ts); absent: none is carried to a new generation. */
  requestOutsideVariant?: (projectKey: string, variant: OutsideVariant) => Promise<void>;
}

export type RefreshOutcome =
  | { outcome: 'stored'; manifest: AnalysisManifest }
  /** Part of a long full read staged; the next part is queued. */
  | { outcome: 'continued'; parts: number }
  /** The analysis was synced after the event was queued and nothing changed since (two triggers raced). */
  | { outcome: 'not-needed' }
  /** Another refresh of the project holds the lease: it queues this one's work again when it is done. */
  | { outcome: 'busy' }
  /** This chain lost its lease (it expired, and another chain took over); its staged parts are deleted. */
  | { outcome: 'superseded' };

/** Search pages one invocation reads: Forge allows 100 product fetches, and linked issues outside the scope need some. */
export const PAGES_PER_INVOCATION = 60;
/** Issues a search page holds (searchIssuePages asks for 100; Jira may answer fewer, and the read then goes on). */
const SEARCH_PAGE_SIZE = 100;
/**
 * Updated issues an incremental refresh reads at most (30 pages; with the 20 searches of remembered ids, well
 * inside 100 fetches). More (a bulk edit) and the whole scope is read instead, over several invocations, the
 * first reading `PAGES_AFTER_BULK_EDIT` pages with what its budget has left.
 */
export const INCREMENTAL_MAX_ISSUES = 3000;
const PAGES_AFTER_BULK_EDIT = 20;

export async function refreshStoredSchedule(
  ports: RefreshPorts,
  input: { projectKey: string; asOf: string; queuedAt?: string; maxIssues?: number; continuation?: ReadContinuation; pagesPerInvocation?: number; incrementalMaxIssues?: number },
): Promise<RefreshOutcome> {
  const { continuation, projectKey } = input;
  const maxStored = input.maxIssues ?? MAX_STORED_ISSUES;
  const startedAt = continuation?.startedAt ?? ports.now();
  const status = await loadAnalysisStatus(ports.store, projectKey);
  if (!continuation) {
    const current = await loadAnalysisManifest(ports.store, projectKey);
    if (input.queuedAt !== undefined && current && current.lastSync >= input.queuedAt && !status.stale) return { outcome: 'not-needed' };
  }
  const generation = continuation?.generation ?? ports.newGeneration();
  const joined = await joinChain(ports, projectKey, generation, continuation ?? null);
  if (joined !== 'held') return { outcome: joined };
  let changes: CollectedChanges = { touchedIssueIds: status.touchedIssueIds, deletedIssueIds: status.deletedIssueIds, fullRefresh: status.fullRefresh };
  if (!continuation) {
    await recordChain(ports.store, projectKey, generation, 0);
    // Take the heard-of changes and release the queue first, so an event arriving from now on queues the next refresh.
    await saveAnalysisStatus(ports.store, projectKey, { ...FRESH_STATUS, stale: true, failedAt: status.failedAt, failureReason: status.failureReason });
    changes = { ...changes, ...(await takeHeardChanges(ports.store, projectKey, changes)) };
  }
  try {
    const settings = await ports.loadSettings(projectKey);
    const project = await fetchProject(ports.appJira, projectKey);
    const jql = scopeJql(settings, project.key);
    const fields = storedFields(settings);
    // Only the stored issues: the stored schedule is replaced, so its nodes and links are not read.
    let stored = continuation ? null : await loadAnalysisIssues(ports.store, project.key);
    const settingsHash = settingsFingerprint(settings);
    const query = { projectKey: project.key, jql, fields, startedAt };
    // The reads are helpers so that what they held (Jira's pages, the previous issues) is garbage once they return.
    const merged =
      stored && stored.manifest.scopeJql === jql && stored.manifest.settingsHash === settingsHash && !changes.fullRefresh && !changesMayHaveExpired(stored.manifest.lastSync, startedAt)
        ? await mergedChanges(ports.appJira, { jql, fields, since: stored.manifest.lastSync, now: startedAt, maxIssues: input.incrementalMaxIssues ?? INCREMENTAL_MAX_ISSUES }, stored.issues, changes)
        : null;
    // Too many changed issues for one invocation (a bulk edit): the whole scope is read, over as many as it takes,
    // starting with the fetches this one has left.
    const pages = merged === 'too-many' ? Math.min(input.pagesPerInvocation ?? PAGES_PER_INVOCATION, PAGES_AFTER_BULK_EDIT) : input.pagesPerInvocation;
    const read =
      merged !== null && merged !== 'too-many'
        ? // A stored analysis at the cap was cut when read whole; what the merge adds past it is cut the same way.
          { issues: merged.slice(0, maxStored), generation, staged: 0, cutAt: merged.length >= maxStored ? maxStored : null }
        : await readWholeScope(ports, query, { ...input, generation, ...(pages === undefined ? {} : { pagesPerInvocation: pages }) });
    stored = null;
    if ('outcome' in read) return read;
    const { issues, staged } = read;
    const appPorts = { viewerJira: ports.appJira, appJira: null, loadSettings: ports.loadSettings };
    const scopeOf = (items: WorkItem[]) => ({ settings, project, jql, items, truncatedAt: null, hiddenLinks: null });
    const levelOf = new Map(issues.flatMap((i) => (i.fields.security ? [[i.key, i.fields.security.id] as const] : [])));
    const levels = [...new Set(levelOf.values())].sort();
    const workItems = issues.map((issue) => workItemFromIssue(issue, settings));
    // The linked work outside the scope under a level bounds the app's dates: recorded, so only its members get them.
    let outsideLevels: { projectKey: string; level: string }[] = [];
    let outsideIssues: JiraIssue[] = [];
    // The critical paths are kept for the levelling of the same items, which then computes none (issue #11, refresh CPU).
    let cpm: CpmRun | undefined;
    const outside = (found: { projectKey: string; level: string }[], read: JiraIssue[]) => {
      outsideLevels = uniqueLevels(found);
      outsideIssues = read.map((issue) => storedIssue(issue, fields));
    };
    const computed = await scheduleOfScope(appPorts, scopeOf(workItems), input.asOf, { outside, path: (run) => (cpm = run) });
    // Kept with the generation: a variant for viewers who may not browse some of their projects is computed from them (issue #11).
    await saveOutsideIssues(ports.store, project.key, generation, outsideIssues);
    const outsideProjects = issuesByProject(outsideIssues);
    outsideIssues = [];
    let withoutLevels: { items: WorkItem[]; schedule: ScheduleResult; cpm?: CpmRun } | null = null;
    if (levels.length > 0 || outsideLevels.length > 0) {
      const items = itemsWithoutLevels(workItems, levelOf);
      // As a viewer outside the levels reads it live: secured work outside the scope is not named, so it moves nothing.
      let variantCpm: CpmRun | undefined;
      const schedule = await scheduleOfScope(appPorts, { ...scopeOf(items), dropSecuredOutside: true }, input.asOf, { path: (run) => (variantCpm = run) });
      withoutLevels = { items, schedule, ...(variantCpm ? { cpm: variantCpm } : {}) };
      // Its nodes are activities only (parents, risks and decisions are none), so the scope's count is stored. No
      // views: only the choice `all` reads them (stored-views-for-viewer.ts), and this one is chosen as `withoutLevels`.
      await saveAnalysis(ports.store, withoutLevelsKey(project.key), { generation, computedAt: ports.now(), lastSync: startedAt, settingsHash, issues: [], schedule: withoutLevels.schedule, issueCount: items.length }, { reuse: true });
    }
    await saveAnalysisSecurity(ports.store, project.key, { generation, levels, outsideLevels, outsideProjects });
    // Levelled first of the steps beside the schedule, so the critical paths it takes are garbage before the others run.
    const clock = () => Date.parse(ports.now());
    await storeLevellings(ports.store, appPorts, { projectKey: project.key, generation, asOf: input.asOf, scope: { ...scopeOf(workItems), truncatedAt: read.cutAt }, withoutLevels, clock, ...(cpm ? { cpm } : {}) });
    cpm = undefined;
    if (withoutLevels) withoutLevels = { items: withoutLevels.items, schedule: withoutLevels.schedule };
    // The Overview's parts and earned value over the same issues, stored before the manifest flips, as the schedule without levels is.
    await storeOverviews(ports.store, { projectKey: project.key, generation, settings, items: workItems, levelOf, truncatedAt: read.cutAt, variant: withoutLevels !== null });
    await storeEvms(ports.store, ports.baselines ?? null, { projectKey: project.key, generation, asOf: input.asOf, scope: { ...scopeOf(workItems), truncatedAt: read.cutAt }, issues, schedule: computed, withoutLevels });
    const schedule = read.cutAt !== null ? { ...computed, findings: [...computed.findings, scopeCapFinding(read.cutAt)] } : computed;
    const replaced = (await loadAnalysisManifest(ports.store, project.key))?.generation ?? null;
    const manifest = await saveAnalysis(ports.store, project.key, { generation, computedAt: ports.now(), lastSync: startedAt, settingsHash, issues, schedule, views: () => storedViews(schedule) }, { reuse: true });
    // Readers now read this generation: the replaced one's outside issues and variants are deleted.
    if (replaced !== null && replaced !== generation) await deleteOutsideIssues(ports.store, project.key, replaced);
    await carryVariantsForward(ports, project.key, generation);
    await deleteStagedIssues(ports.store, project.key, generation, staged);
    // Every change heard before this chain began is in what it stored (read by id, or in a full read after it).
    await markChangesTaken(ports.store, project.key);
    await endChain(ports, project.key, generation, true);
    const after = await loadAnalysisStatus(ports.store, project.key);
    // Still stale only when an event came in meanwhile; its refresh stopped at the lease, so it is queued again.
    await saveAnalysisStatus(ports.store, project.key, { ...after, stale: after.queued, queued: false, queuedAt: null, failedAt: null, failureReason: null });
    if (after.queued) await ports.requestRefresh(project.key);
    return { outcome: 'stored', manifest };
  } catch (error) {
    // Give the taken changes back, so the retried event (or the next one) still reads them.
    const after = await loadAnalysisStatus(ports.store, projectKey);
    await saveAnalysisStatus(ports.store, projectKey, {
      ...after,
      stale: true,
      touchedIssueIds: [...new Set([...after.touchedIssueIds, ...status.touchedIssueIds])],
      deletedIssueIds: [...new Set([...after.deletedIssueIds, ...status.deletedIssueIds])],
      fullRefresh: after.fullRefresh || status.fullRefresh,
      failedAt: ports.now(),
      failureReason: refreshFailureReason(error),
    });
    await endChain(ports, projectKey, generation, false);
    throw error;
  }
}

/** Each project's level once, in order. */
function uniqueLevels(found: readonly { projectKey: string; level: string }[]): { projectKey: string; level: string }[] {
  const seen = new Map(found.map((l) => [`${l.projectKey}:${l.level}`, { projectKey: l.projectKey, level: l.level }]));
  return [...seen.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, l]) => l);
}

/** The whole scope, or this invocation's share of it (staged, the next share queued) when it is too long for one. */
async function readWholeScope(
  ports: RefreshPorts,
  query: { projectKey: string; jql: string; fields: string[]; startedAt: string },
  input: { generation: string; maxIssues?: number; continuation?: ReadContinuation; pagesPerInvocation?: number },
): Promise<{ outcome: 'continued'; parts: number } | { issues: JiraIssue[]; generation: string; staged: number; cutAt: number | null }> {
  const { continuation, maxIssues = MAX_STORED_ISSUES } = input;
  const { projectKey, jql, fields } = query;
  const generation = continuation?.generation ?? input.generation;
  const staged = continuation?.parts ?? 0;
  // No page past the cap: at 100,000 issues the last part read 60 pages for the 20 it kept, and with the
  // linked issues outside the scope went past Forge's 100 fetches (issue #11's refresh bench).
  const toCap = Math.max(1, Math.ceil((maxIssues - (continuation?.issuesSoFar ?? 0)) / SEARCH_PAGE_SIZE));
  const maxPages = Math.min(input.pagesPerInvocation ?? PAGES_PER_INVOCATION, toCap);
  const read = await searchIssuePages(ports.appJira, { jql, fields, maxPages, ...(continuation ? { pageToken: continuation.pageToken } : {}) });
  const soFar = (continuation?.issuesSoFar ?? 0) + read.issues.length;
  const compact = read.issues.map((issue) => storedIssue(issue, fields));
  if (read.nextPageToken !== null && soFar < maxIssues) {
    await recordChain(ports.store, projectKey, generation, staged + 1);
    await saveStagedIssues(ports.store, projectKey, generation, staged, compact);
    await ports.continueLater(projectKey, { generation, pageToken: read.nextPageToken, parts: staged + 1, issuesSoFar: soFar, startedAt: query.startedAt });
    return { outcome: 'continued', parts: staged + 1 };
  }
  // Staged issues were stored compact; only this invocation's pages are compacted here.
  const cutAt = read.nextPageToken !== null || soFar > maxIssues ? maxIssues : null;
  return { issues: [...(await loadStagedIssues(ports.store, projectKey, generation, staged)), ...compact].slice(0, maxIssues), generation, staged, cutAt };
}
