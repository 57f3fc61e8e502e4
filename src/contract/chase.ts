/**
 * "What to chase" this week (issue #16 item 4): `schedule/get` carries it as `chase`, `chase/get` answers it
 * alone for the Overview. Rules in src/domain/chase/chase-list.ts; the list is cut to `MAX_CHASE_ENTRIES`, the
 * most pressing first, and `total` says how many there are.
 */
import * as z from 'zod/mini';
import { statusCategory } from './status-category';

export const CHASE_REASONS = ['late', 'blocked', 'out-of-sequence', 'predecessor-due'] as const;
export const MAX_CHASE_ENTRIES = 200;

export const chaseEntry = z.object({
  key: z.string(),
  summary: z.string(),
  assignee: z.nullable(z.object({ accountId: z.string(), displayName: z.string() })),
  status: z.string(),
  statusCategory,
  dueDate: z.nullable(z.string()),
  /** Working days its finish is past its due date; null when not late or not known. */
  slipDays: z.nullable(z.number()),
  critical: z.boolean(),
  nearCritical: z.boolean(),
  external: z.boolean(),
  reasons: z.array(z.object({ kind: z.enum(CHASE_REASONS), text: z.string() })),
});
export type ChaseEntry = z.infer<typeof chaseEntry>;

export const chaseList = z.object({
  asOf: z.string(),
  /** The last day of "this week": the status date and the six days after it. */
  weekEnd: z.string(),
  /** Entries of every reason, before the cut. */
  total: z.number(),
  counts: z.object({ late: z.number(), blocked: z.number(), outOfSequence: z.number(), predecessorDue: z.number() }),
  entries: z.array(chaseEntry),
});
export type ChaseList = z.infer<typeof chaseList>;

/** `chase/get`: the list; `computing` while a large project's analysis is first computed (the list is then empty). */
export const chaseResult = z.object({ projectKey: z.string(), chase: chaseList, computing: z.boolean() });
export type ChaseResult = z.infer<typeof chaseResult>;
