/** zod/mini schemas of the schedule resolvers' results (`schedule/get`, `schedule/issue`), typed by the contract. */
import * as z from 'zod/mini';
import type { IssueScheduleResult, ScheduleBackground, ScheduleEdge, ScheduleNode, ScheduleResult, ScheduleSummary } from '@contract';
import { finding } from './finding-schema';

const KINDS = ['FS', 'SS', 'FF', 'SF'] as const satisfies readonly ScheduleEdge['kind'][];
const CATEGORIES = ['todo', 'inProgress', 'done'] as const satisfies readonly ScheduleNode['statusCategory'][];

export const scheduleNode: z.ZodMiniType<ScheduleNode> = z.object({
  key: z.string(),
  summary: z.string(),
  type: z.string(),
  status: z.string(),
  statusCategory: z.enum(CATEGORIES),
  projectKey: z.string(),
  parentKey: z.nullable(z.string()),
  assignee: z.nullable(z.object({ accountId: z.string(), displayName: z.string() })),
  external: z.boolean(),
  durationDays: z.number(),
  underWay: z.optional(z.object({ actualStart: z.nullable(z.string()), daysLeft: z.number() })),
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
  dueDate: z.nullable(z.string()),
  late: z.boolean(),
  blocked: z.boolean(),
  drivingPredecessor: z.nullable(z.object({ key: z.string(), kind: z.enum(KINDS), lagDays: z.number() })),
});

export const scheduleEdge: z.ZodMiniType<ScheduleEdge> = z.object({
  linkId: z.string(),
  linkType: z.string(),
  from: z.string(),
  to: z.string(),
  kind: z.enum(KINDS),
  lagDays: z.number(),
  critical: z.boolean(),
  ignored: z.boolean(),
  inCycle: z.boolean(),
});

const scheduleSummary: z.ZodMiniType<ScheduleSummary> = z.object({
  key: z.string(),
  summary: z.string(),
  type: z.string(),
  status: z.string(),
  statusCategory: z.enum(['todo', 'inProgress', 'done']),
  parentKey: z.nullable(z.string()),
  activityCount: z.number(),
  durationDays: z.number(),
  earlyStart: z.string(),
  earlyFinish: z.string(),
  lateStart: z.string(),
  lateFinish: z.string(),
  totalSlackDays: z.number(),
  critical: z.boolean(),
  nearCritical: z.boolean(),
});

const scheduleBackground: z.ZodMiniType<ScheduleBackground> = z.union([
  z.object({ state: z.literal('computing'), issueCount: z.number(), queuedAt: z.string() }),
  z.object({ state: z.literal('ready'), issueCount: z.number(), computedAt: z.string(), refreshing: z.boolean(), hiddenIssues: z.number() }),
]);

export const scheduleResult: z.ZodMiniType<ScheduleResult> = z.object({
  project: z.object({ key: z.string(), name: z.string() }),
  scopeJql: z.string(),
  asOf: z.string(),
  projectStart: z.string(),
  projectFinish: z.string(),
  durationDays: z.number(),
  nearCriticalDays: z.number(),
  nodes: z.array(scheduleNode),
  edges: z.array(scheduleEdge),
  cycles: z.array(
    z.object({
      issueKeys: z.array(z.string()),
      suggestedCut: z.object({ linkId: z.string(), fromKey: z.string(), toKey: z.string(), kind: z.enum(KINDS) }),
      ignoredLinkIds: z.array(z.string()),
    }),
  ),
  findings: z.array(finding),
  summaries: z.optional(z.array(scheduleSummary)),
  background: z.optional(scheduleBackground),
});

const neighbour = z.object({ level: z.union([z.literal(1), z.literal(2)]), via: scheduleEdge, node: scheduleNode });

export const issueScheduleResult: z.ZodMiniType<IssueScheduleResult> = z.object({
  issueKey: z.string(),
  schedule: z.nullable(
    z.object({
      project: z.object({ key: z.string(), name: z.string() }),
      projectFinish: z.string(),
      node: scheduleNode,
      predecessors: z.array(neighbour),
      successors: z.array(neighbour),
      drivingChain: z.array(scheduleNode),
      troubledPredecessors: z.array(z.object({ node: scheduleNode, reasons: z.array(z.enum(['late', 'blocked'])) })),
      inCycle: z.boolean(),
      hiddenLinks: z.nullable(z.number()),
    }),
  ),
  message: z.nullable(z.string()),
  background: z.optional(scheduleBackground),
});
