/**
 * One refresh at a time per project (issue #11): a lease in KVS that expires. A refresh chain takes it before
 * reading Jira, renews it at each of its invocations and gives it back when done or failed; while it is held,
 * polls queue nothing and other events stop at once. A chain that dies leaves it to expire (a consumer runs
 * 900 s at most), and records what it was writing (`inflight`), so the next chain collects those parts.
 * KVS's FAIL_IF_EXISTS write is the compare-and-set: of two events delivered at once, only one may hold it.
 */
import * as z from 'zod/mini';
import type { AnalysisKvs } from './analysis-store';

/** A consumer's longest run (manifest.yml's `timeoutSeconds: 900`) and a minute's margin. */
export const LEASE_SECONDS = 16 * 60;

/** The writes a lease needs beyond AnalysisKvs's: the real one is `kvs.set` with `keyPolicy` and `ttl`. */
export interface LeaseKvs {
  /** Writes `value` under `key` only when no live value is there; false when one is. */
  claim(key: string, value: unknown, ttlSeconds: number): Promise<boolean>;
  /** Writes `value` under `key` whatever is there, to expire after `ttlSeconds`. */
  renew(key: string, value: unknown, ttlSeconds: number): Promise<void>;
}

const leaseSchema = z.object({ holder: z.string(), since: z.string(), expiresAt: z.string() });
export type AnalysisLease = z.infer<typeof leaseSchema>;

/** What a chain was writing: its generation, the one it replaces, and how many staged parts it began. */
const inflightSchema = z.object({ generation: z.string(), previous: z.nullable(z.string()), parts: z.number() });
export type Inflight = z.infer<typeof inflightSchema>;

const leaseKey = (projectKey: string) => `schedule-analysis:${projectKey}:lease`;
const inflightKey = (projectKey: string) => `schedule-analysis:${projectKey}:inflight`;

/** The live lease, or null when none is held (or it has expired). */
export async function loadAnalysisLease(store: AnalysisKvs, projectKey: string, now: string): Promise<AnalysisLease | null> {
  const parsed = leaseSchema.safeParse(await store.get(leaseKey(projectKey)));
  return parsed.success && parsed.data.expiresAt > now ? parsed.data : null;
}

/**
 * Takes the lease for `holder`, or renews it when `holder` has it. False when another chain holds it. A
 * renewal reads first: KVS has no compare-and-set on a value, and a chain only renews what it took.
 */
export async function takeAnalysisLease(ports: { store: AnalysisKvs; lease: LeaseKvs }, projectKey: string, holder: string, now: string): Promise<boolean> {
  const lease = { holder, since: now, expiresAt: new Date(Date.parse(now) + LEASE_SECONDS * 1000).toISOString() };
  const current = await loadAnalysisLease(ports.store, projectKey, now);
  if (current?.holder === holder) {
    await ports.lease.renew(leaseKey(projectKey), { ...lease, since: current.since }, LEASE_SECONDS);
    return true;
  }
  if (current !== null) return false;
  // An expired lease KVS has not dropped yet is stale: the claim must not fail on it.
  if ((await ports.store.get(leaseKey(projectKey))) !== undefined) await ports.store.delete(leaseKey(projectKey));
  return ports.lease.claim(leaseKey(projectKey), lease, LEASE_SECONDS);
}

export async function releaseAnalysisLease(store: AnalysisKvs, projectKey: string, holder: string, now: string): Promise<void> {
  if ((await loadAnalysisLease(store, projectKey, now))?.holder === holder) await store.delete(leaseKey(projectKey));
}

export async function loadInflight(store: AnalysisKvs, projectKey: string): Promise<Inflight | null> {
  const parsed = inflightSchema.safeParse(await store.get(inflightKey(projectKey)));
  return parsed.success ? parsed.data : null;
}

export async function saveInflight(store: AnalysisKvs, projectKey: string, inflight: Inflight | null): Promise<void> {
  await (inflight === null ? store.delete(inflightKey(projectKey)) : store.set(inflightKey(projectKey), inflight));
}

/** A lease over a store only one process uses (the CLI, the bench): a read then a write is enough there. */
export function singleProcessLease(store: AnalysisKvs): LeaseKvs {
  return {
    claim: async (key, value) => {
      if ((await store.get(key)) !== undefined) return false;
      await store.set(key, value);
      return true;
    },
    renew: (key, value) => store.set(key, value),
  };
}
