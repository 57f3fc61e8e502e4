/**
 * The consumer's step that computes a variant of a large project's stored schedule without the linked work of
 * some projects outside its scope (issue #11; outside-variants.ts), for the viewers who may not browse them: from
 * the stored issues and the linked issues stored with the same generation (outside-issues.ts), so Jira is read
 * once (the project, one fetch) and the variant has the same inputs as the app's schedule. As the viewer's own
 * read would, it leaves out the links to those projects' issues (Jira names no link to an issue one may not
 * see), and with `withoutLevels` the issues under security levels too (as the schedule without levels does).
 * Its earned value and levelling are stored under the same key (they are moved by the same work). A variant of a
 * generation no longer current is not stored.
 */
import { storedViews } from './schedule-views/stored-views';
import { fetchProject } from '../adapters/jira/fetch-project';
import { workItemFromIssue } from '../adapters/jira/work-item-from-issue';
import type { ProductRequest } from '../adapters/product-request';
import { deleteAnalysis, loadAnalysisIssues, loadAnalysisManifest, saveAnalysis, type AnalysisKvs } from '../adapters/storage/analysis-store';
import { loadOutsideIssues } from '../adapters/storage/outside-issues';
import { outsideVariantKey, type OutsideVariant } from '../adapters/storage/outside-variants';
import { clearVariantWrite, recordVariantWrite } from '../adapters/storage/variant-writes';
import type { Settings } from '../config/settings';
import { scopeJql } from '../config/scope-jql';
import type { WorkItem } from '../domain/work-item';
import { scheduleOfScope } from './get-schedule';
import type { CpmRun } from './get-levelled';
import { itemsWithoutLevels } from './without-levels';
import { storeEvms } from './store-evms';
import { storeLevellings } from './store-levellings';
import { leftOutLinkCounts } from './left-out-links';
import { saveLeftOutLinkCounts } from '../adapters/storage/left-out-links-store';
import type { BaselineKvs } from '../adapters/storage/baseline-store';

export interface OutsideVariantPorts {
  appJira: ProductRequest;
  loadSettings: (projectKey: string) => Promise<Settings>;
  store: AnalysisKvs;
  now: () => string;
  /** The project's stored EVM baselines, for the one the settings name (store-evms.ts). */
  baselines?: BaselineKvs;
}

export type OutsideVariantOutcome = 'stored' | 'superseded' | 'not-needed';

export async function computeOutsideVariant(ports: OutsideVariantPorts, input: { projectKey: string; variant: OutsideVariant }): Promise<OutsideVariantOutcome> {
  const { projectKey, variant } = input;
  const key = outsideVariantKey(projectKey, variant);
  const manifest = await loadAnalysisManifest(ports.store, projectKey);
  if (manifest?.generation !== variant.generation) return 'superseded';
  if ((await loadAnalysisManifest(ports.store, key))?.generation === variant.generation) return 'not-needed';
  const read = await variantScope(ports, projectKey, variant);
  if (read === null) return 'superseded';
  const { stored, all, kept, scope } = read;
  const { items } = scope;
  // The status date of the app's schedule: the variant must differ from it only by the work left out.
  const appPorts = { viewerJira: ports.appJira, appJira: null, loadSettings: ports.loadSettings };
  let cpm: CpmRun | undefined;
  const schedule = await scheduleOfScope(appPorts, scope, manifest.index?.asOf ?? ports.now().slice(0, 10), { path: (run) => (cpm = run) });
  const { generation, lastSync, settingsHash } = stored.manifest;
  const asOf = schedule.asOf;
  // Earned value and the levelling are moved by the same work: stored under the variant's key too, before its manifest.
  await storeEvms(ports.store, ports.baselines ?? null, { projectKey: key, generation, asOf, scope, issues: stored.issues, schedule, withoutLevels: null, appItems: all });
  const clock = () => Date.parse(ports.now());
  // The levelling takes the critical path just computed for the same scope (get-levelled.ts).
  await storeLevellings(ports.store, appPorts, { projectKey: key, generation, asOf, scope, withoutLevels: null, clock, ...(cpm ? { cpm } : {}) });
  cpm = undefined;
  // The links left out, so the issue panel still counts those that bind an issue, as the live panel does.
  await saveLeftOutLinkCounts(ports.store, key, generation, leftOutLinkCounts(kept, shownBy(new Set(variant.hidden))));
  // Views only where they are read: a variant with the levels is chosen as `all` for a viewer of the whole project
  // (viewer-schedule-choice.ts, stored-views-for-viewer.ts); one without them is chosen as `withoutLevels`, never read so.
  const views = variant.withoutLevels ? {} : { views: storedViews(schedule) };
  const write = { variantKey: key, generation };
  // Recorded before the first chunk is written, so a refresh collects them if this invocation dies (variant-writes.ts).
  const beforeWrite = (written: readonly string[]) => recordVariantWrite(ports.store, projectKey, { ...write, written: [...written], at: ports.now() });
  await saveAnalysis(ports.store, key, { generation, computedAt: ports.now(), lastSync, settingsHash, issues: [], schedule, issueCount: items.length, ...views }, { beforeWrite });
  // A refresh that stored the next generation meanwhile has deleted this generation's variants already, or will not find this one.
  const superseded = (await loadAnalysisManifest(ports.store, projectKey))?.generation !== generation && (await loadAnalysisManifest(ports.store, key))?.generation === generation;
  if (superseded) await deleteAnalysis(ports.store, key);
  await clearVariantWrite(ports.store, projectKey, write);
  return superseded ? 'superseded' : 'stored';
}

/**
 * The variant's scope, from the stored issues and the linked issues stored with its generation: every item the
 * app read (`all`), those the variant keeps (`kept`: without the issues under levels for `withoutLevels`), and
 * the scope of `kept` with their links to the hidden projects left out. Null when the generation was replaced.
 */
export async function variantScope(ports: OutsideVariantPorts, projectKey: string, variant: OutsideVariant) {
  const stored = await loadAnalysisIssues(ports.store, projectKey);
  if (stored?.manifest.generation !== variant.generation) return null;
  const outside = await loadOutsideIssues(ports.store, projectKey, variant.generation);
  const settings = await ports.loadSettings(projectKey);
  const project = await fetchProject(ports.appJira, projectKey);
  const levelOf = new Map(stored.issues.flatMap((i) => (i.fields.security ? [[i.key, i.fields.security.id] as const] : [])));
  const all = stored.issues.map((issue) => workItemFromIssue(issue, settings));
  const kept = variant.withoutLevels ? itemsWithoutLevels(all, levelOf) : all;
  const items = withoutProjects(kept, new Set(variant.hidden));
  const scope = { settings, project, jql: scopeJql(settings, project.key), items, truncatedAt: null, hiddenLinks: null, storedOutside: outside, dropSecuredOutside: variant.withoutLevels };
  return { stored, all, kept, scope };
}

/** The items with their links to issues of the given projects left out (the project of a key is what comes before its last dash). */
export function withoutProjects(items: readonly WorkItem[], hidden: ReadonlySet<string>): WorkItem[] {
  const shown = shownBy(hidden);
  return items.map((i) => ({ ...i, links: i.links.filter((l) => shown(l.otherKey)) }));
}

/** Whether a linked key's project is not one of the hidden ones (the project of a key is what comes before its last dash). */
const shownBy = (hidden: ReadonlySet<string>) => (key: string) => !hidden.has(key.slice(0, key.lastIndexOf('-')));
