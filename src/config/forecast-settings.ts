/**
 * The forecast's settings (DESIGN.md section 1, "Forecast"; issue #15): the fields holding three-point estimates
 * and a risk's schedule impact in working days, the default spread given to work with neither a three-point
 * estimate nor a calibration, how a 1-5 risk rating becomes a probability and days, whether risks of one
 * category strike together, the iterations, seed and target date. zod/mini: the admin form checks drafts with it.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar-date';

/**
 * The default iterations: the sampling error of a share, 1.96 sqrt(0.25 / N) at its widest (finish-distribution.ts),
 * is at most 1.5 percentage points from N = (1.96 / 0.03)² = 4,269 on; 4,300 gives ±1.49.
 */
export const DEFAULT_FORECAST_ITERATIONS = 4300;

const fieldId = z._default(z.nullable(z.string().check(z.minLength(1))), null);
const nonDecreasing = (values: readonly number[]): boolean => values.every((v, i) => i === 0 || v >= (values[i - 1] ?? v));
const fiveRatings = (min: number, max: number, what: string) =>
  z.array(z.number().check(z.gte(min, `a ${what} is at least ${min}`), z.lte(max, `a ${what} is at most ${max}`))).check(
    z.length(5, `give one ${what} for each rating 1 to 5`),
    z.refine(nonDecreasing, `a higher rating may not give a lower ${what}`),
  );

export const forecastFieldsSchema = z.object({
  /** Number fields holding the optimistic, most likely and pessimistic duration in working days. */
  optimistic: fieldId,
  mostLikely: fieldId,
  pessimistic: fieldId,
  /** A number field on risks: the working days a risk adds to the work it is linked to when it strikes. */
  scheduleImpactDays: fieldId,
});

export const forecastSettingsSchema = z.object({
  fields: z._default(forecastFieldsSchema, () => forecastFieldsSchema.parse({})),
  /** Optimistic and pessimistic durations as multiples of the estimate, for work without a better source. */
  defaultSpread: z._default(
    z.object({
      optimistic: z.number().check(z.gte(0.1, 'use 0.1 or more'), z.lte(1, 'the optimistic multiple is at most 1 (the estimate)')),
      pessimistic: z.number().check(z.gte(1, 'the pessimistic multiple is at least 1 (the estimate)'), z.lte(10, 'use at most 10')),
    }),
    { optimistic: 0.8, pessimistic: 1.5 },
  ),
  /** Done issues with an estimate and time logged needed to calibrate (and per size band or issue type). */
  calibrationMinIssues: z._default(z.number().check(z.int(), z.gte(3, 'use 3 or more issues'), z.lte(1000, 'use at most 1,000 issues')), 10),
  /** With a 1-5 risk scale: the probability (0 to 1) of a rating of 1, 2, 3, 4 and 5. */
  riskProbabilityOfRating: z._default(fiveRatings(0, 1, 'probability'), () => [0.1, 0.3, 0.5, 0.7, 0.9]),
  /** With a 1-5 risk scale and no schedule impact field: working days of an impact rating of 1 to 5. */
  riskDaysOfImpactRating: z._default(fiveRatings(0, 365, 'number of days'), () => [1, 3, 5, 10, 20]),
  /** `category`: risks of one category strike together. */
  correlateBy: z._default(z.enum(['none', 'category']), 'none'),
  iterations: z._default(z.number().check(z.int(), z.gte(100, 'use 100 or more iterations'), z.lte(100_000, 'use at most 100,000 iterations')), DEFAULT_FORECAST_ITERATIONS),
  seed: z._default(z.number().check(z.int(), z.gte(0), z.lte(4_294_967_295)), 1),
  /** The date the finish is wanted by (a launch date), when no other is given. */
  targetDate: z._default(
    z.nullable(z.string().check(z.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isCalendarDate(d), 'use a date that exists, written YYYY-MM-DD'))),
    null,
  ),
});

export type ForecastSettings = z.infer<typeof forecastSettingsSchema>;

export const defaultForecastSettings: ForecastSettings = forecastSettingsSchema.parse({});
