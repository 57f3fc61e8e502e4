/**
 * A scenario's versions as a compare-and-set (issue #17): whoever writes version N+1 of a scenario (a save, a
 * delete, an apply) first claims the key `scenario-version:PROJECT:ID:N+1` with KVS's FAIL_IF_EXISTS write, the
 * only conditional write Forge's key-value store has (its transactions check conditions on custom entities
 * only). Of two writers that both read version N, exactly one gets the claim; the other is told who holds it.
 * A claim lives APPLY_LEASE_SECONDS: a rival reads version N and claims within one invocation (25 s), and a
 * writer that died after its claim blocks the next version only that long.
 */
import { z } from 'zod';
import type { LeaseKvs } from './analysis-lease';
import type { ScenarioKvs } from './scenario-store';

const claimSchema = z.object({ by: z.object({ accountId: z.string(), name: z.string() }), at: z.string(), action: z.enum(['saved', 'deleted', 'applied']) });
export type VersionClaim = z.infer<typeof claimSchema>;

const claimKey = (projectKey: string, id: string, version: number) => `scenario-version:${projectKey}:${id}:${version}`;

/** How long a version claim is kept: well past a resolver's 25 s. */
export const VERSION_CLAIM_SECONDS = 120;

/** Claims `version` of the scenario for `claim`; the claim already there (null if it cannot be read) when another holds it. */
export async function claimScenarioVersion(
  ports: { store: ScenarioKvs; lease: LeaseKvs },
  target: { projectKey: string; id: string; version: number },
  claim: VersionClaim,
): Promise<{ taken: true } | { taken: false; holder: VersionClaim | null }> {
  const key = claimKey(target.projectKey, target.id, target.version);
  if (await ports.lease.claim(key, claim, VERSION_CLAIM_SECONDS)) return { taken: true };
  const held = claimSchema.safeParse(await ports.store.get(key));
  return { taken: false, holder: held.success ? held.data : null };
}
