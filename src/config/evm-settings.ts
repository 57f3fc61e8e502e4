/**
 * Earned-value settings (DESIGN.md section 1, "Earned value"): where budgets, percent complete and actual cost
 * come from, the rate table, the currency and period of the S-curve, and the ceiling above which an estimate
 * is taken for a typo. The defaults work on a fresh site: original estimate x 100 an hour, status category with
 * In Progress at 50%, worklogs x 100 an hour.
 */
import { z } from 'zod';
import { BASELINE_NAME, BASELINE_NAME_MESSAGE } from './baseline-name';

const amount = z.number().finite().min(0);

export const evmSettingsSchema = z.object({
  budget: z
    .object({
      source: z.enum(['estimate', 'story-points', 'cost-field']).default('estimate'),
      /** Money per hour of original estimate. */
      ratePerHour: amount.default(100),
      costPerPoint: amount.default(1000),
      /** Field id of a number field holding each issue's budget (source `cost-field`) or actual cost. */
      costField: z.string().min(1).nullable().default(null),
    })
    .default({ source: 'estimate', ratePerHour: 100, costPerPoint: 1000, costField: null }),
  /** Money per hour logged, per Atlassian account id; `defaultRate` null leaves other people's worklogs out. */
  rates: z
    .object({ byAccount: z.record(z.string(), amount).default({}), defaultRate: amount.nullable().default(100) })
    .default({ byAccount: {}, defaultRate: 100 }),
  percentComplete: z
    .object({
      method: z.enum(['zero-hundred', 'fifty-fifty', 'status-category', 'time-based']).default('status-category'),
      /** Credit for work In Progress under the status-category method, 0 to 1. */
      inProgressShare: z.number().min(0).max(1).default(0.5),
    })
    .default({ method: 'status-category', inProgressShare: 0.5 }),
  actualCost: z.enum(['worklogs', 'cost-field']).default('worklogs'),
  /** ISO 4217 code, shown next to every amount. */
  currency: z.string().regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as EUR').default('USD'),
  /** One S-curve point per working day or per week. */
  period: z.enum(['day', 'week']).default('week'),
  /** The baseline the Earned value tab opens on: `current` (today's plan) or a stored baseline's name. */
  baseline: z.string().min(1, 'name a baseline, or "current" for the current plan').refine((n) => n === '' || BASELINE_NAME.test(n), BASELINE_NAME_MESSAGE).default('current'),
  /** Values above these are taken for typos: left out and reported. */
  ceiling: z
    .object({ hours: z.number().positive().default(2000), amount: z.number().positive().default(10_000_000) })
    .default({ hours: 2000, amount: 10_000_000 }),
});

export type EvmSettings = z.infer<typeof evmSettingsSchema>;

export const defaultEvmSettings: EvmSettings = evmSettingsSchema.parse({});
