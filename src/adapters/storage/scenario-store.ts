/**
 * What-if scenarios in Forge storage (issue #17): one value per scenario under `scenario:PROJECT:ID` (a project's
 * scenarios are one prefix query), each at most MAX_SCENARIO_EDITS edits, far under KVS's 240 KiB a value. A
 * save or an apply names the version it started from and is refused when another got there first (each write
 * claims the next version with a conditional write first, scenario-version.ts); an apply
 * holds a lease (`scenario-apply:PROJECT:ID`, KVS's FAIL_IF_EXISTS with a time to live) while it writes to Jira.
 */
import { z } from 'zod';
import { scenarioEdit } from '../../contract/scenarios';
import type { LeaseKvs } from './analysis-lease';
import { entriesWithPrefix, type HistoryKvs } from './history-kvs';

export interface ScenarioKvs extends HistoryKvs {
  delete(key: string): Promise<void>;
}

const who = z.object({ accountId: z.string(), name: z.string() });
export const storedScenarioSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdBy: who,
  createdAt: z.string(),
  updatedBy: who,
  updatedAt: z.string(),
  version: z.number().int(),
  edits: z.array(scenarioEdit),
  // `already` came with issue #17's follow-up: an apply stored before it counted none.
  applied: z.object({ at: z.string(), by: who, done: z.number(), already: z.number().default(0), refused: z.number() }).nullable(),
});
export type StoredScenario = z.infer<typeof storedScenarioSchema>;

const prefix = (projectKey: string) => `scenario:${projectKey}:`;
const scenarioKey = (projectKey: string, id: string) => `${prefix(projectKey)}${id}`;
const applyLeaseKey = (projectKey: string, id: string) => `scenario-apply:${projectKey}:${id}`;

/** Longest an apply holds its lease: a resolver runs 25 s at most; the margin covers the clock. */
export const APPLY_LEASE_SECONDS = 60;

export async function loadScenario(store: ScenarioKvs, projectKey: string, id: string): Promise<StoredScenario | null> {
  const parsed = storedScenarioSchema.safeParse(await store.get(scenarioKey(projectKey, id)));
  return parsed.success ? parsed.data : null;
}

/** The project's scenarios, newest change first; values that do not parse (a version Keel no longer reads) are left out. */
export async function listScenarios(store: ScenarioKvs, projectKey: string): Promise<StoredScenario[]> {
  const scenarios: StoredScenario[] = [];
  for await (const entry of entriesWithPrefix(store, prefix(projectKey))) {
    const parsed = storedScenarioSchema.safeParse(entry.value);
    if (parsed.success) scenarios.push(parsed.data);
  }
  return scenarios.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

export async function saveScenario(store: ScenarioKvs, projectKey: string, scenario: StoredScenario): Promise<void> {
  await store.set(scenarioKey(projectKey, scenario.id), scenario);
}

export async function deleteScenario(store: ScenarioKvs, projectKey: string, id: string): Promise<void> {
  await store.delete(scenarioKey(projectKey, id));
}

const leaseSchema = z.object({ holder: who, since: z.string() });
export type ApplyLease = z.infer<typeof leaseSchema>;

/** Takes the scenario's apply lease; the one holding it when another person (or tab) already does. */
export async function claimApplyLease(
  ports: { store: ScenarioKvs; lease: LeaseKvs },
  projectKey: string,
  id: string,
  lease: ApplyLease,
): Promise<{ taken: true } | { taken: false; holder: ApplyLease | null }> {
  if (await ports.lease.claim(applyLeaseKey(projectKey, id), lease, APPLY_LEASE_SECONDS)) return { taken: true };
  const held = leaseSchema.safeParse(await ports.store.get(applyLeaseKey(projectKey, id)));
  return { taken: false, holder: held.success ? held.data : null };
}

export async function releaseApplyLease(store: ScenarioKvs, projectKey: string, id: string): Promise<void> {
  await store.delete(applyLeaseKey(projectKey, id));
}
