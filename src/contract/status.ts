/**
 * `status/get`, the "Keel status" macro and the status report (issue 16, items 1, 2 and 7): one answer to "will we
 * make the date?". The verdict against the launch date, the one or two reasons that drive it, the date each
 * analysis gives (or why it is not available), one sentence per disagreement, and the milestones against their
 * targets. Variances are in working days: positive is late by that many.
 */
import * as z from 'zod/mini';
import { finding } from './finding';
import { projectRef } from './report-scope';

/** `computing`: a large project's analysis is not stored yet (no dates: ask again). */
export const VERDICT_STATUSES = ['on track', 'at risk', 'late', 'no target', 'computing', 'unavailable'] as const;
export const STATUS_ANALYSES = ['critical path', 'earned schedule', 'levelled', 'forecast P50', 'forecast P80', 'due dates'] as const;

const date = z.string();
const variance = z.nullable(z.number());

export const launchTargetView = z.object({
  date,
  source: z.enum(['settings', 'issue', 'version', 'milestone']),
  /** Where the date comes from, in words: "version 1.0's release date". */
  label: z.string(),
});
export type LaunchTargetView = z.infer<typeof launchTargetView>;

/** One analysis's finish: its date and variance, or, when it could not be given, why (`date` null). */
export const analysisFinish = z.object({
  analysis: z.enum(STATUS_ANALYSES),
  date: z.nullable(date),
  varianceDays: variance,
  /** Why there is no date ("not computed for scopes above 1,500 issues"), or what the date rests on. */
  note: z.nullable(z.string()),
});
export type AnalysisFinish = z.infer<typeof analysisFinish>;

const datedVariance = z.object({ date, varianceDays: variance });

export const milestoneStatus = z.object({
  key: z.string(),
  summary: z.string(),
  /** Its due date; null when it has none (a finding says so when work waits on it). */
  target: z.nullable(date),
  cpm: datedVariance,
  /** Its levelled finish; null when levelling was not computed. */
  levelled: z.nullable(datedVariance),
  done: z.boolean(),
});
export type MilestoneStatus = z.infer<typeof milestoneStatus>;

export const statusResult = z.object({
  project: projectRef,
  asOf: date,
  status: z.enum(VERDICT_STATUSES),
  /** The verdict in one line, saying late against what: "At risk against the launch date 2027-01-29 (version 1.0's release date)". */
  headline: z.string(),
  target: z.nullable(launchTargetView),
  reasons: z.array(z.string()),
  finishes: z.array(analysisFinish),
  /** The forecast's chance of finishing by the launch date; null when there is no target or no forecast. */
  probabilityByTarget: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  disagreements: z.array(z.string()),
  milestones: z.array(milestoneStatus),
  findings: z.array(finding),
  /** A large project answered from its stored analysis: `computing` (no dates yet: ask again) or `ready` with when. */
  stored: z.optional(
    z.union([
      z.object({ state: z.literal('computing') }),
      z.object({ state: z.literal('ready'), computedAt: z.string(), hiddenIssues: z.number() }),
      z.object({ state: z.literal('unavailable'), computedAt: z.string(), reason: z.string() }),
    ]),
  ),
});
export type StatusResult = z.infer<typeof statusResult>;
