/**
 * The zod schema of a stored `ScheduleResult` (analysis-store.ts): what Keel wrote is still read as outside
 * data, since a value may be damaged or written by an older Keel.
 */
import { z } from 'zod';
import type { ScheduleResult } from '../../contract';
import type { FindingKind } from '../../domain/finding';

const kind = z.enum(['FS', 'SS', 'FF', 'SF']);

/** Every finding kind: one missing here would make every stored analysis with it unreadable (recomputed forever). */
const FINDING_KINDS = [
  'missing-estimate',
  'link-outside-scope',
  'link-not-visible',
  'duplicate-link',
  'self-link',
  'scope-truncated',
  'dependency-cycle',
  'unmapped-link-type',
  'mapped-field-missing',
  'remaining-assumed',
  'out-of-sequence',
  'parent-estimate-unused',
  'summary-link',
  'children-hidden',
] as const satisfies readonly FindingKind[];
/** Fails to compile when FindingKind gains a member the list above lacks. */
export const storedFindingKindsAreComplete: [Exclude<FindingKind, (typeof FINDING_KINDS)[number]>] extends [never] ? true : false = true;

const finding = z.object({
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(['info', 'warning']),
  title: z.string(),
  advice: z.string(),
  issueKeys: z.array(z.string()),
  details: z.array(z.string()),
  count: z.number(),
});

export const storedNodeSchema = z.object({
  key: z.string(),
  summary: z.string(),
  type: z.string(),
  status: z.string(),
  statusCategory: z.enum(['todo', 'inProgress', 'done']),
  projectKey: z.string(),
  parentKey: z.string().nullable(),
  assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
  external: z.boolean(),
  durationDays: z.number(),
  underWay: z.object({ actualStart: z.string().nullable(), daysLeft: z.number() }).optional(),
  missingDuration: z.boolean(),
  fixed: z.boolean(),
  offsets: z.object({ earlyStart: z.number(), earlyFinish: z.number(), lateStart: z.number(), lateFinish: z.number() }),
  earlyStart: z.string(),
  earlyFinish: z.string(),
  lateStart: z.string(),
  lateFinish: z.string(),
  totalSlackDays: z.number(),
  freeSlackDays: z.number(),
  critical: z.boolean(),
  nearCritical: z.boolean(),
  dueDate: z.string().nullable(),
  late: z.boolean(),
  blocked: z.boolean(),
  drivingPredecessor: z.object({ key: z.string(), kind, lagDays: z.number() }).nullable(),
});

export const storedEdgeSchema = z.object({
  linkId: z.string(),
  linkType: z.string(),
  from: z.string(),
  to: z.string(),
  kind,
  lagDays: z.number(),
  critical: z.boolean(),
  ignored: z.boolean(),
  inCycle: z.boolean(),
});

export const storedScheduleSchema: z.ZodType<Omit<ScheduleResult, 'background'>> = z.object({
  project: z.object({ key: z.string(), name: z.string() }),
  scopeJql: z.string(),
  asOf: z.string(),
  projectStart: z.string(),
  projectFinish: z.string(),
  durationDays: z.number(),
  nearCriticalDays: z.number(),
  nodes: z.array(storedNodeSchema),
  edges: z.array(storedEdgeSchema),
  cycles: z.array(
    z.object({
      issueKeys: z.array(z.string()),
      suggestedCut: z.object({ linkId: z.string(), fromKey: z.string(), toKey: z.string(), kind }),
      ignoredLinkIds: z.array(z.string()),
    }),
  ),
  findings: z.array(finding),
});
