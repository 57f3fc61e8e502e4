/** zod/mini schemas of the view-shaped schedule answers (`schedule/summary`, `schedule/detail`, `schedule/rows`). */
import * as z from 'zod/mini';
import type { ScheduleDetailResult, ScheduleGroup, ScheduleRowsResult, ScheduleSummaryResult } from '@contract';
import { scheduleBackground, scheduleEdge, scheduleNode } from './schedule-schemas';

const scheduleGroup: z.ZodMiniType<ScheduleGroup> = z.object({
  key: z.string(),
  summary: z.string(),
  projectKey: z.string(),
  issueCount: z.number(),
  openCount: z.number(),
  earlyStart: z.string(),
  earlyFinish: z.string(),
  lateFinish: z.string(),
  offsets: z.object({ earlyStart: z.number(), earlyFinish: z.number(), lateStart: z.number(), lateFinish: z.number() }),
  totalSlackDays: z.number(),
  critical: z.boolean(),
  nearCritical: z.boolean(),
  late: z.boolean(),
  blocked: z.boolean(),
  external: z.boolean(),
});

export const scheduleSummaryResult: z.ZodMiniType<ScheduleSummaryResult> = z.object({
  groups: z.array(scheduleGroup),
  links: z.array(z.object({ from: z.string(), to: z.string(), links: z.number(), critical: z.boolean(), inCycle: z.boolean() })),
  criticalChain: z.array(z.string()),
  omittedGroups: z.number(),
  picker: z.array(z.object({ key: z.string(), summary: z.string(), issueCount: z.number() })),
  background: z.optional(scheduleBackground),
});

export const scheduleDetailResult: z.ZodMiniType<ScheduleDetailResult> = z.object({
  nodes: z.array(scheduleNode),
  edges: z.array(scheduleEdge),
  matching: z.number(),
  omitted: z.number(),
  linksOut: z.number(),
  background: z.optional(scheduleBackground),
});

export const scheduleRowsResult: z.ZodMiniType<ScheduleRowsResult> = z.object({
  rows: z.array(scheduleNode),
  offset: z.number(),
  total: z.number(),
  issueCount: z.number(),
  background: z.optional(scheduleBackground),
});
