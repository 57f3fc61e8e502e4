/**
 * The `keel-snapshots` queue (manifest.yml's consumer module): one event per project and snapshot part,
 * pushed at most 50 to a push as Forge allows (DESIGN.md section 5).
 */
import { Queue } from '@forge/events';
import { z } from 'zod';

export const SNAPSHOT_QUEUE = 'keel-snapshots';
const MAX_EVENTS_PER_PUSH = 50;

export const snapshotEventBody = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,19}$/),
  /** The UTC day the trigger ran: the snapshot's key and its status date. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  part: z.enum(['evm', 'risks']),
  /** A variant for viewers in only these issue security levels (level-variants.ts); absent: every level. */
  levels: z.array(z.string().regex(/^\d{1,18}$/)).max(8).optional(),
});
export type SnapshotEventBody = z.infer<typeof snapshotEventBody>;

export async function pushSnapshotEvents(bodies: readonly SnapshotEventBody[]): Promise<void> {
  const queue = new Queue({ key: SNAPSHOT_QUEUE });
  for (let start = 0; start < bodies.length; start += MAX_EVENTS_PER_PUSH) {
    await queue.push(bodies.slice(start, start + MAX_EVENTS_PER_PUSH).map((body) => ({ body })));
  }
}
