/**
 * The `keel-snapshots` consumer: computes one part of a project's daily snapshot and stores it.
 *
 * It runs AS THE APP: a trigger and its events have no user, so there is nobody to act as. That is safe because
 * (1) nothing computed here is shown to anyone by this function: it is stored, and the only way to read it is
 * `history/get`, which first reads the project as the caller (404 for someone who may not browse it); and
 * (2) the figures come from the project's own issues only (snapshot-analyses.ts), so a reader who may browse
 * the project learns nothing from them about projects they may not.
 *
 * The EVM part may spend all of Forge's 100 product fetches on history, so the risk part runs in the next
 * invocation: this consumer queues it once the EVM part is stored (one at a time, so the two never race on the
 * day's key). When Jira is rate-limited or down, it asks Forge to deliver the event again later (an
 * `InvocationError`), up to `MAX_RETRIES` times, then stores the problem; each part is idempotent per day.
 *
 * (3) Issues under an issue security level count only where every viewer of the figures may see them: the
 * EVM part of the app's own view hears which levels the project's issues use and queues one EVM event per
 * variant (level-variants.ts), each computing the figures without the levels it leaves out in its own
 * invocation, as a viewer in only those levels would get them live; each EVM part queues its risk part.
 * `history/get` answers each viewer from the variant of the levels they are in.
 *
 * (4) A project above the background threshold takes its EVM part from the earned value its stored analysis
 * holds for the day (snapshot-stored-evm.ts): its scope cannot be read in one invocation.
 */
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';
import { countedRequest } from '../adapters/counted-request';
import { jiraEvmPorts } from '../use-cases/evm-ports';
import type { ScopePorts } from '../use-cases/load-scope';
import { levelVariants } from '../use-cases/level-variants';
import { largeScope } from '../use-cases/large-scope';
import { snapshotEvm, snapshotRisks } from '../use-cases/snapshot-analyses';
import { snapshotStoredEvm } from '../use-cases/snapshot-stored-evm';
import { isTransient, takeSnapshotPart } from '../use-cases/take-snapshot';
import { analysisKvs } from './analysis-events';
import { appJira, now, projectSettings } from './forge-ports';
import { historyKvs } from './history-kvs-port';
import { pushSnapshotEvents, snapshotEventBody } from './snapshot-events';

/** Forge's limit of product fetches per invocation (DESIGN.md section 5), as in `evm/get`. */
const FORGE_FETCH_LIMIT = 100;

const MAX_RETRIES = 3;
/** Seconds before a retried event comes back: long enough for Jira's rate limit to recover. */
const RETRY_AFTER_SECONDS = 300;

const asyncEvent = z.looseObject({ body: snapshotEventBody, retryContext: z.looseObject({ retryCount: z.number() }).optional() });

export async function snapshotConsumer(event: unknown): Promise<InvocationError | undefined> {
  const parsed = asyncEvent.safeParse(event);
  if (!parsed.success) throw new Error(`Keel snapshot consumer: not a snapshot event (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`);
  const { projectKey, date, part, levels: variant } = parsed.data.body;
  // The app reads as "the viewer" too, through the same ports as evm/get's: the same fetch budget.
  const ports: ScopePorts = { viewerJira: appJira(), appJira: appJira(), loadSettings: projectSettings };
  let seen: string[];
  try {
    seen = await takeSnapshotPart(
      {
        store: historyKvs,
        // A project above the background threshold: the earned value its stored analysis holds for the day.
        computeEvm: async (levels) => {
          const sizing = countedRequest(ports.viewerJira);
          if ((await largeScope({ ...ports, viewerJira: sizing.request }, projectKey)) !== null) return snapshotStoredEvm(analysisKvs, projectKey, date, levels);
          return snapshotEvm(jiraEvmPorts(ports, { projectKey, asOf: date, fetchLimit: FORGE_FETCH_LIMIT - sizing.count() }), date, levels);
        },
        computeRisks: (levels) => snapshotRisks(ports, projectKey, date, levels),
      },
      { projectKey, date, takenAt: now(), part, lastAttempt: (parsed.data.retryContext?.retryCount ?? 0) >= MAX_RETRIES, variant },
    );
  } catch (error) {
    if (isTransient(error)) return new InvocationError({ retryAfter: RETRY_AFTER_SECONDS, retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED });
    throw error;
  }
  if (part === 'evm') {
    const variants = variant === undefined ? levelVariants(seen).map((levels) => ({ projectKey, date, part: 'evm' as const, levels })) : [];
    await pushSnapshotEvents([{ projectKey, date, part: 'risks', ...(variant === undefined ? {} : { levels: variant }) }, ...variants]);
  }
  return undefined;
}
