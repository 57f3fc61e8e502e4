/**
 * The settings schema's every check (src/config/settings.ts and its section files) in zod/mini, with the same
 * messages, so the admin form finds every problem the back end's parse would, without bundling full zod.
 * test/static/admin/form-checks.test.ts checks that both give the same problems for the same drafts.
 */
import * as z from 'zod/mini';
import { notWorkTypesSchema } from '../../../src/config/work-types';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date written YYYY-MM-DD'));
const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));
const amount = z.number().check(z.gte(0));
const positive = z.number().check(z.positive());
const named = z.string().check(z.minLength(1));
const fieldId = z.nullable(named);
const names = z.array(named);

export const formSchema = z.object({
  version: z.literal(2),
  scope: z.object({ jql: z.string().check(z.minLength(1, 'write a JQL query, e.g. project = "{project}"')) }),
  linkMappings: z.array(z.object({
    linkType: z.string().check(z.minLength(1, 'name a link type')),
    predecessor: z.enum(['outward', 'inward']),
    kind: z.enum(['FS', 'SS', 'FF', 'SF']),
    lagDays: int(-365, 365),
  })),
  fields: z.object({ storyPoints: z.nullable(z.string()), startDate: z.nullable(z.string()), dueDate: z.string() }),
  durationSource: z.enum(['originalEstimate', 'storyPoints', 'dateSpan']),
  daysPerStoryPoint: z.number().check(z.positive('days per story point must be more than 0')),
  calendar: z.object({
    workingDays: z.array(int(1, 7)).check(z.minLength(1, 'at least one working day')),
    hoursPerDay: z.number().check(z.positive('hours per day must be more than 0'), z.lte(24, 'a day has at most 24 hours')),
    holidays: z.array(isoDate).check(z.refine((days) => new Set(days).size === days.length, 'list each holiday once')),
  }),
  schedule: z.object({
    projectStart: z.nullable(isoDate),
    nearCriticalDays: z.number().check(z.gte(0, 'use 0 or more days'), z.lte(100, 'use at most 100 days')),
    backgroundAboveIssues: z.optional(z.number().check(z.int(), z.gte(1, 'use 1 or more issues'))),
  }),
  issueTypes: z.object({ risk: z.string(), decision: z.string(), notWork: notWorkTypesSchema }),
  evm: z.object({
    budget: z.object({ source: z.enum(['estimate', 'story-points', 'cost-field']), ratePerHour: amount, costPerPoint: amount, costField: fieldId }),
    rates: z.object({ byAccount: z.record(z.string(), amount), defaultRate: z.nullable(amount) }),
    percentComplete: z.object({ method: z.enum(['zero-hundred', 'fifty-fifty', 'status-category', 'time-based']), inProgressShare: z.number().check(z.gte(0), z.lte(1)) }),
    actualCost: z.enum(['worklogs', 'cost-field']),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as EUR')),
    period: z.enum(['day', 'week']),
    baseline: z.string().check(z.minLength(1, 'name a baseline, or "current" for the current plan')),
    ceiling: z.object({ hours: positive, amount: positive }),
  }),
  risks: z.object({
    issueType: fieldId,
    scale: z.enum(['oneToFive', 'percentAndMoney']),
    fields: z.object({
      probability: fieldId, impact: fieldId, owner: fieldId, category: fieldId, proximityDate: fieldId, reviewDate: fieldId,
      residualProbability: fieldId, residualImpact: fieldId, severity: fieldId, occurrence: fieldId, detection: fieldId,
    }),
    findFieldsByName: z.boolean(),
    treatmentLinkType: named,
    criticalWeight: z.number().check(z.gte(1), z.lte(10)),
    nearCriticalWeight: z.number().check(z.gte(1), z.lte(10)),
  }),
  raci: z.object({
    deliverables: z.enum(['epics', 'jql']),
    deliverablesJql: named,
    fields: z.object({ responsible: named, accountable: fieldId, consulted: fieldId, informed: fieldId }),
    accountableLimit: int(1, 1000),
  }),
  decisions: z.object({
    statusField: fieldId, dateField: fieldId, ownerField: fieldId,
    statusNames: z.object({ proposed: names, decided: names, superseded: names, rejected: names }),
    supersedesLinkType: named,
    relatesLinkType: named,
  }),
  fieldNames: z.record(z.string(), z.string()),
});
