/**
 * The per-issue index of the stored schedule a viewer may be answered from (issue #11; schedule-index.ts): the
 * same choice as the whole schedule's (viewer-schedule-choice.ts), read with the manifest and a few buckets
 * instead of every chunk of the schedule. Null when nothing is stored, or the analysis (or its variant without
 * levels) was stored before Keel kept an index: the caller then reads the whole stored schedule. A summary task's
 * part is read from its index entry: its panel alone from an index that holds it (format 3; in a bucket of the
 * summary tasks' own since format 4), else its reach and its issues' buckets (format 2).
 */
import type { ScheduleResult } from '../contract';
import { loadAnalysisManifest, type AnalysisManifest } from '../adapters/storage/analysis-store';
import { PANELS_FORMAT, SUMMARIES_FORMAT, scheduleIndexReader, type IndexedIssue, type IndexedSummary, type ScheduleIndexReader } from '../adapters/storage/schedule-index';
import type { OtherIssue } from '../adapters/storage/summary-index-entry';
import { type BackgroundSchedulePorts } from './get-project-schedule';
import { memoisedCounts } from './invocation-memo';
import { summaryPanelKeys } from './summary-place';
import { viewerScheduleChoice, type ViewerScheduleChoice } from './viewer-schedule-choice';

export type StoredIndex =
  | { ready: false; manifest: AnalysisManifest; choice: Extract<ViewerScheduleChoice, { use: 'unknown' | 'unavailable' | 'computing' }> }
  | {
      ready: true;
      manifest: AnalysisManifest;
      choice: Extract<ViewerScheduleChoice, { use: 'all' | 'withoutLevels' }>;
      reader: ScheduleIndexReader;
      asOf: string;
      projectFinish: string;
      /** Its buckets hold the summary tasks (format 2); an index stored before does not, which says nothing of a key. */
      summaries: boolean;
      /** Its summary tasks hold their panel (format 3). */
      panels: boolean;
    };

export async function storedIndexForViewer(ports: BackgroundSchedulePorts, projectKey: string): Promise<StoredIndex | null> {
  const manifest = await loadAnalysisManifest(ports.store, projectKey);
  if (!manifest?.index) return null;
  const choice = await viewerScheduleChoice({ ...ports, counts: memoisedCounts(ports) }, projectKey, manifest);
  if (choice.use === 'unknown' || choice.use === 'unavailable' || choice.use === 'computing') return { ready: false, manifest, choice };
  const { key } = choice;
  // A variant's manifest was read to choose it: not read again.
  const chosen = key === projectKey ? manifest : (choice.keyManifest ?? (await loadAnalysisManifest(ports.store, key)));
  // Stored with the generation chosen (viewer-schedule-choice.ts); another one is a refresh under way.
  if (chosen?.generation !== choice.keyGeneration) return { ready: false, manifest, choice: { use: 'unknown' } };
  if (!chosen.index) return null;
  const reader = scheduleIndexReader(ports.store, key, chosen.generation, chosen.index);
  const { asOf, projectFinish, format = 1 } = chosen.index;
  return { ready: true, manifest: { ...manifest, issueCount: chosen.issueCount, computedAt: chosen.computedAt }, choice, reader, asOf, projectFinish, summaries: format >= SUMMARIES_FORMAT, panels: format >= PANELS_FORMAT };
}

/** No part of the stored schedule, with its status date: for an answer that says it cannot show one. */
export function emptySchedule(manifest: AnalysisManifest, head: { project: { key: string; name: string }; nearCriticalDays: number }): Omit<ScheduleResult, 'background'> {
  const asOf = manifest.index?.asOf ?? manifest.computedAt.slice(0, 10);
  return { project: head.project, scopeJql: manifest.scopeJql, asOf, projectStart: asOf, projectFinish: asOf, durationDays: 0, nearCriticalDays: head.nearCriticalDays, nodes: [], edges: [], cycles: [], findings: [] };
}

/**
 * The part of the stored schedule around some issues, as a schedule: their nodes, every link that touches one
 * of them, and the cycles they are in. Null when the index could not be read (its generation just replaced).
 */
export async function indexedPart(
  index: Extract<StoredIndex, { ready: true }>,
  head: { project: { key: string; name: string }; nearCriticalDays: number },
  keys: Iterable<string>,
): Promise<Omit<ScheduleResult, 'background'> | null> {
  const entries = await index.reader.get(keys);
  if (entries === null) return null;
  const edges = new Map<string, ScheduleResult['edges'][number]>();
  const cycles = new Map<string, ScheduleResult['cycles'][number]>();
  for (const entry of entries.values()) {
    for (const e of entry.edges) edges.set(`${e.linkId}:${e.from}:${e.to}`, e);
    for (const c of entry.cycles) cycles.set(c.issueKeys.join(','), c);
  }
  return { ...indexedHead(index, head), nodes: [...entries.values()].map((e) => e.node), edges: [...edges.values()], cycles: [...cycles.values()] };
}

/** A part's head: what the index's manifest records of the schedule, no nodes, links or findings. */
function indexedHead(index: Extract<StoredIndex, { ready: true }>, head: { project: { key: string; name: string }; nearCriticalDays: number }): Omit<ScheduleResult, 'background'> {
  const { asOf, projectFinish } = index;
  return { project: head.project, scopeJql: index.manifest.scopeJql, asOf, projectStart: asOf, projectFinish, durationDays: 0, nearCriticalDays: head.nearCriticalDays, nodes: [], edges: [], cycles: [], findings: [] };
}

/**
 * What a summary task's panel shows (summary-place.ts), with its reach: the summary row, the nodes of the keys
 * its panel may name and the links of the activities it lists (in the schedule's order, which orders its
 * neighbours). No link between two activities, or two outside issues, is read: the panel shows none. From an
 * index of format 3, its own entry holds all of it: the outside issues it shows no row of are `others` (key,
 * project, parent), for the viewer check and the count of hidden issues. From format 2, the nodes are read from
 * their buckets and `others` is empty. Null when `key` is no summary task of the index (or the index predates
 * them) or the index could not be read.
 */
export async function indexedSummaryPart(
  index: Extract<StoredIndex, { ready: true }>,
  head: { project: { key: string; name: string }; nearCriticalDays: number },
  key: string,
): Promise<{ schedule: Omit<ScheduleResult, 'background'>; reach: IndexedSummary; others: OtherIssue[] } | null> {
  if (!index.summaries) return null;
  const reach = await index.reader.summary(key);
  if (!reach) return null;
  const summaries = [reach.summary];
  if (index.panels && reach.panel) {
    const { nodes, edges, others } = reach.panel;
    return { schedule: { ...indexedHead(index, head), nodes, edges, summaries }, reach, others };
  }
  const entries = await index.reader.get(summaryPanelKeys(key, reach));
  if (entries === null) return null;
  const edges = reach.links.flatMap(([activity, at]) => entries.get(activity)?.edges[at] ?? []);
  return { schedule: { ...indexedHead(index, head), nodes: [...entries.values()].map((e) => e.node), edges, summaries }, reach, others: [] };
}

/** What `risks/issue` weighs: the issue, the issues it links to, the other issues `extraKeys` names, and its cycles. */
export async function indexedRiskPart(
  index: Extract<StoredIndex, { ready: true }>,
  head: { project: { key: string; name: string }; nearCriticalDays: number },
  issueKey: string,
  extraKeys: readonly string[],
): Promise<Omit<ScheduleResult, 'background'> | null> {
  const first = await index.reader.get([issueKey]);
  if (first === null) return null;
  const entry = first.get(issueKey);
  const near = new Set([issueKey, ...extraKeys]);
  for (const e of entry?.edges ?? []) near.add(e.from).add(e.to);
  for (const c of entry?.cycles ?? []) for (const k of c.issueKeys) near.add(k);
  return indexedPart(index, head, near);
}

/**
 * What the issue panel shows (issue-place.ts): the issue, its links two levels deep and its driving chain. Null
 * when the issue is not a node of the index (a parent, or outside the scope: the caller reads the whole schedule)
 * or the index could not be read.
 */
export async function indexedPanelPart(
  index: Extract<StoredIndex, { ready: true }>,
  head: { project: { key: string; name: string }; nearCriticalDays: number },
  issueKey: string,
): Promise<Omit<ScheduleResult, 'background'> | null> {
  const loaded = new Map<string, IndexedIssue>();
  const load = async (keys: readonly string[]): Promise<boolean> => {
    const found = await index.reader.get(keys);
    if (found === null) return false;
    for (const [key, entry] of found) loaded.set(key, entry);
    return true;
  };
  if (!(await load([issueKey])) || !loaded.has(issueKey)) return null;
  // Level one's links are read with its nodes; level two needs only its nodes.
  let frontier = [issueKey];
  for (let level = 1; level <= 2; level++) {
    const next = [...new Set(frontier.flatMap((k) => (loaded.get(k)?.edges ?? []).flatMap((e) => [e.from, e.to])))].filter((k) => !loaded.has(k));
    if (!(await load(next))) return null;
    frontier = next;
  }
  const seen = new Set<string>();
  for (let at = loaded.get(issueKey)?.node.drivingPredecessor?.key; at !== undefined && !seen.has(at); at = loaded.get(at)?.node.drivingPredecessor?.key) {
    seen.add(at);
    if (!loaded.has(at) && !(await load([at]))) return null;
  }
  return indexedPart(index, head, loaded.keys());
}
