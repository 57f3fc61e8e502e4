/**
 * The stored schedules computed without the linked work of some projects outside the scope (issue #11), for
 * viewers who may not browse those projects. Each is an analysis of its own (analysis-store.ts, schedule only)
 * under `PAY#x<hash>` (the hash of the sorted hidden projects, with `n` when it also leaves out the issues under
 * security levels), computed on first demand by the consumer (compute-outside-variant.ts).
 * A claim per generation and set (`outside-variant:PAY:<generation>:<hash>`, written with FAIL_IF_EXISTS) makes
 * the first viewer with a set queue its computation and every later one wait for it; at most
 * `MAX_OUTSIDE_VARIANTS` sets a generation are computed, the first claimed (by time, then hash), so the cap holds
 * whoever reads the claims. When a generation is replaced, its variants and claims are deleted.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { deleteAnalysis, type AnalysisKvs } from './analysis-store';
import { listByPrefix, setIfAbsent, setListed } from './analysis-kvs-extras';
import { deleteStoredAnswer } from './stored-answer';
import { deleteStoredForecast, saveForecastRun } from './stored-forecast';
import { deleteLeftOutLinkCounts } from './left-out-links-store';

/** Sets of hidden outside projects computed a generation at most; a viewer with another set is told why not. */
export const MAX_OUTSIDE_VARIANTS = 8;
/** A claimed variant not stored after this long is taken as lost (its event failed for good) and queued again. */
const LOST_AFTER_MS = 30 * 60_000;
/** Claims outlive any generation worth keeping; KVS drops them after this (a week). */
const CLAIM_TTL_SECONDS = 7 * 24 * 3600;

export interface OutsideVariant {
  generation: string;
  /** The outside projects left out, sorted. */
  hidden: string[];
  /** Also without the issues under security levels (the level rule: stored-schedule-choice.ts). */
  withoutLevels: boolean;
}

const claimSchema = z.object({ claimedAt: z.string(), queuedAt: z.string(), hidden: z.array(z.string()), withoutLevels: z.boolean() });
const prefix = (projectKey: string) => `outside-variant:${projectKey}:`;
const generationPrefix = (projectKey: string, generation: string) => `${prefix(projectKey)}${generation}:`;

function variantHash(variant: Pick<OutsideVariant, 'hidden' | 'withoutLevels'>): string {
  return createHash('sha256').update(`${[...variant.hidden].sort().join(',')}|${variant.withoutLevels ? 'none' : 'all'}`).digest('hex').slice(0, 12);
}

/** The analysis key the variant is stored under. */
export const outsideVariantKey = (projectKey: string, variant: Pick<OutsideVariant, 'hidden' | 'withoutLevels'>): string =>
  `${projectKey}#x${variantHash(variant)}${variant.withoutLevels ? 'n' : ''}`;

export type VariantClaim = { state: 'queue' | 'queued'; queuedAt: string } | { state: 'over-cap' };

/**
 * Claims the variant for this caller: `queue` when it is the one to queue its computation (first, or the last
 * claim was lost), `queued` when another did, `over-cap` when the generation's first sets are others.
 */
export async function claimOutsideVariant(store: AnalysisKvs, projectKey: string, variant: OutsideVariant, now: string): Promise<VariantClaim> {
  const key = `${generationPrefix(projectKey, variant.generation)}${variantHash(variant)}`;
  const value = { claimedAt: now, queuedAt: now, hidden: variant.hidden, withoutLevels: variant.withoutLevels };
  let claimed = await setIfAbsent(store, key, value, CLAIM_TTL_SECONDS);
  if (claimed) await setListed(store, prefix(projectKey), key, value, CLAIM_TTL_SECONDS);
  const claims = await generationClaims(store, projectKey, variant.generation);
  const rank = claims.findIndex((c) => c.key === key);
  if (rank < 0 || rank >= MAX_OUTSIDE_VARIANTS) return { state: 'over-cap' };
  const mine = claims[rank];
  if (!claimed && mine && Date.parse(now) - Date.parse(mine.value.queuedAt) > LOST_AFTER_MS) {
    await setListed(store, prefix(projectKey), key, { ...mine.value, queuedAt: now }, CLAIM_TTL_SECONDS);
    claimed = true;
  }
  return { state: claimed ? 'queue' : 'queued', queuedAt: claimed ? now : (mine?.value.queuedAt ?? now) };
}

/** The generation's claims, first claimed first. */
async function generationClaims(store: AnalysisKvs, projectKey: string, generation: string) {
  // Listed by the project's prefix, which a plain store keeps its list under (analysis-kvs-extras.ts).
  const listed = (await listByPrefix(store, prefix(projectKey))).filter(({ key }) => key.startsWith(generationPrefix(projectKey, generation)));
  const claims = listed.flatMap(({ key, value }) => {
    const parsed = claimSchema.safeParse(value);
    return parsed.success ? [{ key, value: parsed.data }] : [];
  });
  return claims.sort((a, b) => a.value.claimedAt.localeCompare(b.value.claimedAt) || a.key.localeCompare(b.key));
}

/** The sets viewers asked for in generations other than `current`, first claimed first: a new generation computes them again. */
export async function supersededSets(store: AnalysisKvs, projectKey: string, current: string): Promise<Pick<OutsideVariant, 'hidden' | 'withoutLevels'>[]> {
  const listed = (await listByPrefix(store, prefix(projectKey))).filter(({ key }) => !key.startsWith(generationPrefix(projectKey, current)));
  const claims = listed.flatMap(({ value }) => {
    const parsed = claimSchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  const sets = new Map(claims.sort((a, b) => a.claimedAt.localeCompare(b.claimedAt)).map((c) => [variantHash(c), { hidden: c.hidden, withoutLevels: c.withoutLevels }]));
  return [...sets.values()];
}

/** Deletes every variant and claim of a generation other than `current` (after the analysis's manifest flipped to it). */
export async function deleteSupersededVariants(store: AnalysisKvs, projectKey: string, current: string): Promise<number> {
  const listed = await listByPrefix(store, prefix(projectKey));
  let deleted = 0;
  for (const { key, value } of listed) {
    if (key.startsWith(generationPrefix(projectKey, current))) continue;
    const parsed = claimSchema.safeParse(value);
    if (parsed.success) {
      const variantKey = outsideVariantKey(projectKey, parsed.data);
      // The same set's variant of the current generation lives under the same key: only an older one is deleted.
      const claimOfCurrent = await store.get(`${generationPrefix(projectKey, current)}${variantHash(parsed.data)}`);
      if (claimOfCurrent === undefined) {
        await deleteAnalysis(store, variantKey);
        // Its earned value, levelling, left-out links and forecast (compute-outside-variant.ts and its forecast step).
        for (const kind of ['evm', 'resources']) await deleteStoredAnswer(store, `${kind}:${variantKey}`);
        await deleteStoredForecast(store, variantKey);
        await deleteLeftOutLinkCounts(store, variantKey);
        await saveForecastRun(store, variantKey, null);
      }
    }
    await store.delete(key);
    deleted += 1;
  }
  if (!store.queryPrefix && deleted > 0) await store.set(`${prefix(projectKey)}#listed`, listed.filter(({ key }) => key.startsWith(generationPrefix(projectKey, current))).map(({ key }) => key));
  return deleted;
}
