/**
 * The checks the form makes before anything is sent (the back end checks everything again, and the site too):
 * the same messages as the settings schema, so a problem reads the same wherever it is found.
 */
import * as z from 'zod/mini';
import type { Settings, SettingsProblem } from '@contract';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date written YYYY-MM-DD'));
const aNumber = (message: string) => z.number({ error: 'enter a number' }).check(z.refine((n) => Number.isFinite(n), message));

const formSchema = z.looseObject({
  scope: z.looseObject({ jql: z.string().check(z.minLength(1, 'write a JQL query, e.g. project = "{project}"')) }),
  daysPerStoryPoint: aNumber('enter a number').check(z.positive('days per story point must be more than 0')),
  calendar: z.looseObject({
    workingDays: z.array(z.number()).check(z.minLength(1, 'at least one working day')),
    hoursPerDay: aNumber('enter a number').check(z.positive('hours per day must be more than 0'), z.lte(24, 'a day has at most 24 hours')),
    holidays: z.array(isoDate).check(z.refine((days) => new Set(days).size === days.length, 'list each holiday once')),
  }),
  schedule: z.looseObject({
    projectStart: z.nullable(isoDate),
    nearCriticalDays: aNumber('enter a number').check(z.gte(0, 'use 0 or more days'), z.lte(100, 'use at most 100 days')),
  }),
  linkMappings: z.array(z.looseObject({ linkType: z.string().check(z.minLength(1, 'name a link type')), lagDays: aNumber('enter a whole number of days') })),
  evm: z.looseObject({
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'use a three-letter currency code such as EUR')),
    baseline: z.string().check(z.minLength(1, 'name a baseline, or "current" for the current plan')),
    budget: z.looseObject({ ratePerHour: aNumber('enter a number'), costPerPoint: aNumber('enter a number') }),
  }),
});

/** Every problem the form can see by itself, with the setting's path. */
export function formProblems(settings: Settings): SettingsProblem[] {
  const result = formSchema.safeParse(settings);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, severity: 'error' }));
}
