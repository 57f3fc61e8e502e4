/**
 * "This forecast is being computed" (issue #15 item 4, left out then): a short lease in KVS, one key per project
 * and input fingerprint (forecast-fingerprint.ts), that only one answer can create (FAIL_IF_EXISTS, as
 * refresh-queued.ts and scenario-version.ts do) and that expires by itself after FORECAST_LEASE_SECONDS, so a
 * holder that dies holds no one up for long. The holder deletes it once the forecast is cached.
 */
import type { LeaseKvs } from './analysis-lease';

/** The lease's writes: `claim` is KVS's FAIL_IF_EXISTS with a time to live. */
export interface ForecastLeaseKvs extends Pick<LeaseKvs, 'claim'> {
  delete(key: string): Promise<void>;
}

/** Longer than a small project's simulation takes (seconds), shorter than a visit: a dead holder is soon forgotten. */
export const FORECAST_LEASE_SECONDS = 60;

const leaseKey = (projectKey: string, fingerprint: string) => `forecast-lease:${projectKey}:${fingerprint}`;

/** True when this answer is the one to compute the forecast; false when another holds the lease. */
export function claimForecastLease(store: ForecastLeaseKvs, projectKey: string, fingerprint: string, now: string): Promise<boolean> {
  return store.claim(leaseKey(projectKey, fingerprint), { since: now }, FORECAST_LEASE_SECONDS);
}

export function releaseForecastLease(store: ForecastLeaseKvs, projectKey: string, fingerprint: string): Promise<void> {
  return store.delete(leaseKey(projectKey, fingerprint));
}
