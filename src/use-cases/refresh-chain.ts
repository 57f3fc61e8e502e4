/**
 * The bookkeeping around one refresh chain (refresh-stored-schedule.ts): the lease that makes it the only one
 * reading its project (analysis-lease.ts), and the record of what it writes, so that the parts of a chain that
 * died (a timeout, a crash, a lost event) are collected by the next one and never stay in KVS for ever.
 */
import { collectDeadWriter, deleteAnalysisGeneration, loadAnalysisManifest, type AnalysisKvs } from '../adapters/storage/analysis-store';
import { withoutLevelsKey } from '../adapters/storage/analysis-security';
import { deleteStagedIssues } from '../adapters/storage/analysis-staging';
import { deleteOutsideIssues } from '../adapters/storage/outside-issues';
import { loadInflight, releaseAnalysisLease, saveInflight, takeAnalysisLease, type LeaseKvs } from '../adapters/storage/analysis-lease';

export interface ChainPorts {
  store: AnalysisKvs;
  lease: LeaseKvs;
  now: () => string;
}

export type ChainStart = 'held' | 'busy' | 'superseded';

/**
 * Takes (or, for a chain's next part, renews) the lease. 'busy': another chain holds it, and reads what this
 * event asked for or queues it when done. 'superseded': this chain's lease was lost (it expired and another
 * chain took it); its staged parts are deleted here.
 */
export async function joinChain(ports: ChainPorts, projectKey: string, generation: string, continuing: { parts: number } | null): Promise<ChainStart> {
  if (await takeAnalysisLease(ports, projectKey, generation, ports.now())) {
    if (continuing === null) await collectDeadChain(ports.store, projectKey);
    // A part delivered again after another chain collected this one's parts has nothing left to go on from.
    if (continuing === null || (await loadInflight(ports.store, projectKey))?.generation === generation) return 'held';
    await releaseAnalysisLease(ports.store, projectKey, generation, ports.now());
  }
  if (continuing === null) return 'busy';
  await deleteStagedIssues(ports.store, projectKey, generation, continuing.parts);
  return 'superseded';
}

/** Records what the chain is about to write (before writing it), so a chain that dies is collected. */
export async function recordChain(store: AnalysisKvs, projectKey: string, generation: string, parts: number): Promise<void> {
  const inflight = await loadInflight(store, projectKey);
  const previous = inflight?.generation === generation ? inflight.previous : ((await loadAnalysisManifest(store, projectKey))?.generation ?? null);
  await saveInflight(store, projectKey, { generation, previous, parts });
}

/** The chain is done (its analysis stored) or failed: nothing of it is in flight, and the lease is given back. */
export async function endChain(ports: ChainPorts, projectKey: string, generation: string, stored: boolean): Promise<void> {
  if (stored) await saveInflight(ports.store, projectKey, null);
  await releaseAnalysisLease(ports.store, projectKey, generation, ports.now());
}

/** The staged parts and stray chunks of a chain that died, unless its analysis is the one in force. */
async function collectDeadChain(store: AnalysisKvs, projectKey: string): Promise<void> {
  const dead = await loadInflight(store, projectKey);
  if (dead === null) return;
  const inForce = (await loadAnalysisManifest(store, projectKey))?.generation ?? null;
  await deleteStagedIssues(store, projectKey, dead.generation, dead.parts);
  for (const generation of [dead.generation, dead.previous]) {
    if (generation !== null && generation !== inForce) {
      await deleteAnalysisGeneration(store, projectKey, generation);
      // The linked issues outside the scope it kept for variants (outside-issues.ts).
      await deleteOutsideIssues(store, projectKey, generation);
    }
  }
  // Content chunks carry no generation: each analysis's record of what its writer was doing names them.
  for (const analysisKey of [projectKey, withoutLevelsKey(projectKey)]) await collectDeadWriter(store, analysisKey);
  await saveInflight(store, projectKey, null);
}
