/**
 * After a refresh flips a large project's analysis to a new generation (refresh-stored-schedule.ts): the variants
 * without some outside projects that viewers asked for in the replaced generation (outside-variants.ts) are
 * queued again for the new one, and are answered from the replaced generation's variant, marked refreshing,
 * until the new one is stored (viewer-schedule-choice.ts); then the replaced generation's claims are deleted, with
 * the variants of sets not carried (past the cap). A carried set's variant lives under the same key and is
 * replaced when its new generation is stored. Last, the chunks of variant writers that died are collected.
 */
import type { AnalysisKvs } from '../adapters/storage/analysis-store';
import { collectDeadVariantWriters } from '../adapters/storage/variant-writes';
import { claimOutsideVariant, deleteSupersededVariants, MAX_OUTSIDE_VARIANTS, supersededSets, type OutsideVariant } from '../adapters/storage/outside-variants';

export interface CarryPorts {
  store: AnalysisKvs;
  now: () => string;
  requestOutsideVariant?: (projectKey: string, variant: OutsideVariant) => Promise<void>;
}

export async function carryVariantsForward(ports: CarryPorts, projectKey: string, generation: string): Promise<number> {
  let queued = 0;
  if (ports.requestOutsideVariant) {
    for (const set of (await supersededSets(ports.store, projectKey, generation)).slice(0, MAX_OUTSIDE_VARIANTS)) {
      const variant = { ...set, generation };
      const claim = await claimOutsideVariant(ports.store, projectKey, variant, ports.now());
      if (claim.state !== 'queue') continue;
      await ports.requestOutsideVariant(projectKey, variant);
      queued += 1;
    }
  }
  await deleteSupersededVariants(ports.store, projectKey, generation);
  // What variant writers that died left, whichever generation they wrote (variant-writes.ts).
  await collectDeadVariantWriters(ports.store, projectKey, ports.now());
  return queued;
}
