/**
 * The consumer's levelling step (issue #14; DESIGN.md section 5): after the schedule is stored, the Resources
 * answer over the same issues, as earned value's is (store-evms.ts): over every issue and, when the scope uses issue
 * security levels, over the issues under none. The search has BACKGROUND_LEVELLING_MS of the consumer's clock (a
 * larger scope gets one pass in the priority order, so the consumer stays far inside its 900 s). What
 * is stored is shaped to stay well under a resolver's answer (compact-resources.ts).
 */
import { withoutLevelsKey } from '../adapters/storage/analysis-security';
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { saveStoredResources } from '../adapters/storage/stored-resources';
import type { WorkItem } from '../domain/work-item';
import { compactResources } from './compact-resources';
import type { CpmRun } from './get-levelled';
import { resourcesOfScope } from './get-resources';
import type { Scope, ScopePorts } from './load-scope';

/**
 * The search's safety cap per variant; its schedule budget (scheduleBudget: 300 schedules at 5,000 issues, ~1.5 s of
 * CPU on a 5,000-job PSPLIB-like network, measured) ends it first, so the stored levelling repeats exactly. Above
 * SEARCH_AT_MOST issues one serial pass (20,000 issues take ~0.3 s). At most two variants (every issue, and those
 * under no security level), so levelling takes at most ~60 s of the analysis consumer's 900 s (manifest.yml
 * `timeoutSeconds`), next to a read of at most PAGES_PER_INVOCATION pages.
 */
export const BACKGROUND_LEVELLING_MS = 30_000;
const SEARCH_AT_MOST = 5000;

export interface StoredLevellingInput {
  projectKey: string;
  generation: string;
  asOf: string;
  scope: Scope;
  /** With the critical path `scheduleOfScope` computed for each (get-levelled.ts): then not computed again. */
  withoutLevels: { items: WorkItem[]; cpm?: CpmRun } | null;
  cpm?: CpmRun;
  /** Milliseconds on the consumer's clock (the use case reads none). */
  clock: () => number;
}

export async function storeLevellings(store: AnalysisKvs, ports: ScopePorts, input: StoredLevellingInput): Promise<void> {
  const levelOf = async (items: WorkItem[], cpm: CpmRun | undefined, variant = false) => {
    const began = input.clock();
    const how = items.length > SEARCH_AT_MOST ? { method: 'priority' as const } : { deadline: () => input.clock() - began >= BACKGROUND_LEVELLING_MS };
    const resources = await resourcesOfScope(ports, { ...input.scope, items, ...(variant ? { dropSecuredOutside: true } : {}) }, { asOf: input.asOf, ...how }, cpm);
    return { resources: compactResources(resources), issuesByProject: issuesByProject(items) };
  };
  if (input.withoutLevels !== null) await saveStoredResources(store, withoutLevelsKey(input.projectKey), input.generation, await levelOf(input.withoutLevels.items, input.withoutLevels.cpm, true));
  await saveStoredResources(store, input.projectKey, input.generation, await levelOf(input.scope.items, input.cpm));
}

function issuesByProject(items: readonly WorkItem[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item.projectKey] = (counts[item.projectKey] ?? 0) + 1;
  return counts;
}
