/**
 * Earned-value settings (DESIGN.md section 1, "Earned value"): where budgets, percent complete and actual cost
 * come from, the rate table, the currency and period of the S-curve, and the ceiling above which an estimate
 * is taken for a typo. The defaults work on a fresh site: original estimate x 100 an hour, status category with
 * In Progress at 50%, worklogs x 100 an hour. zod/mini: the admin form checks drafts with this very schema.
 */
import * as z from 'zod/mini';
import { BASELINE_NAME, BASELINE_NAME_MESSAGE } from './baseline-name';

// zod 4's numbers refuse Infinity and NaN by themselves.
const amount = z.number().check(z.gte(0));
const positive = z.number().check(z.positive());

export const evmSettingsSchema = z.object({
  budget: z._default(
    z.object({
      source: z._default(z.enum(['estimate', 'story-points', 'cost-field']), 'estimate'),
      /** Money per hour of original estimate. */
      ratePerHour: z._default(amount, 100),
      costPerPoint: z._default(amount, 1000),
      /** Field id of a number field holding each issue's budget (source `cost-field`) or actual cost. */
      costField: z._default(z.nullable(z.string().check(z.minLength(1))), null),
    }),
    { source: 'estimate', ratePerHour: 100, costPerPoint: 1000, costField: null },
  ),
  /** Money per hour logged, per Atlassian account id; `defaultRate` null leaves other people's worklogs out. */
  rates: z._default(
    z.object({ byAccount: z._default(z.record(z.string(), amount), {}), defaultRate: z._default(z.nullable(amount), 100) }),
    { byAccount: {}, defaultRate: 100 },
  ),
  percentComplete: z._default(
    z.object({
      method: z._default(z.enum(['zero-hundred', 'fifty-fifty', 'status-category', 'time-based']), 'status-category'),
      /** Credit for work In Progress under the status-category method, 0 to 1. */
      inProgressShare: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
    }),
    { method: 'status-category', inProgressShare: 0.5 },
  ),
  actualCost: z._default(z.enum(['worklogs', 'cost-field']), 'worklogs'),
  /** ISO 4217 code, shown next to every amount. */
  currency: z._default(z.string().check(z.regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as EUR')), 'USD'),
  /** One S-curve point per working day or per week. */
  period: z._default(z.enum(['day', 'week']), 'week'),
  /** The baseline the Earned value tab opens on: `current` (today's plan) or a stored baseline's name. */
  baseline: z._default(
    z.string().check(
      z.minLength(1, 'name a baseline, or "current" for the current plan'),
      z.refine((n) => n === '' || BASELINE_NAME.test(n), BASELINE_NAME_MESSAGE),
    ),
    'current',
  ),
  /** Values above these are taken for typos: left out and reported. */
  ceiling: z._default(
    z.object({ hours: z._default(positive, 2000), amount: z._default(positive, 10_000_000) }),
    { hours: 2000, amount: 10_000_000 },
  ),
});

export type EvmSettings = z.infer<typeof evmSettingsSchema>;

export const defaultEvmSettings: EvmSettings = evmSettingsSchema.parse({});
