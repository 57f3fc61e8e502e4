/**
 * Resource settings (DESIGN.md section 1, "Resource levelling"; issue #14): per person the share of a working day
 * given to the project and their time off, found with the user picker; pools read from Atlassian's Team field, a
 * component or a label, each with its size; and how to level (within slack, ignoring pools, the priority order).
 * Global, with a per-project override as every other section. zod/mini: the admin form checks drafts with it.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar-date';

const day = z.string().check(z.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isCalendarDate(d), 'use a date that exists, written YYYY-MM-DD'));

export const timeOffSchema = z
  .object({ from: day, to: day })
  .check(z.refine((t) => t.from <= t.to, { message: 'time off ends on or after the day it starts', path: ['to'] }));

export const resourcePersonSchema = z.object({
  accountId: z.string().check(z.minLength(1, 'pick a person')),
  /** The name shown when the settings were saved (Jira's name may change; the account id is what counts). */
  displayName: z._default(z.string(), ''),
  /** Share of each working day given to this scope's work, 0-100. */
  availabilityPercent: z._default(z.number().check(z.gte(0, 'use 0 to 100%'), z.lte(100, 'use 0 to 100%')), 100),
  timeOff: z._default(z.array(timeOffSchema).check(z.maxLength(100, 'at most 100 periods of time off a person')), () => []),
});

export const resourcePoolSchema = z.object({
  /** The Team's name, the component's name or the label, exactly as Jira shows it. */
  name: z.string().check(z.trim(), z.minLength(1, 'name the team, component or label')),
  /** People who can take the pool's work at once. */
  size: z.number().check(z.int('use a whole number of people'), z.gte(0, 'use 0 or more people'), z.lte(1000, 'use at most 1,000 people')),
});

export const PRIORITY_ORDERS = ['standard', 'jira-priority'] as const;

export const resourceSettingsSchema = z.object({
  people: z._default(
    z.array(resourcePersonSchema).check(
      z.maxLength(500, 'at most 500 people'),
      z.refine((people) => new Set(people.map((p) => p.accountId)).size === people.length, 'list each person once'),
    ),
    () => [],
  ),
  pools: z._default(
    z.object({
      /** Where unassigned work finds its pool: nowhere, the Team field, its component or its label. */
      source: z._default(z.enum(['none', 'team', 'component', 'label']), 'none'),
      /** The Atlassian Team field's id (a custom field); null uses none. */
      teamField: z._default(z.nullable(z.string().check(z.minLength(1))), null),
      list: z._default(
        z.array(resourcePoolSchema).check(
          z.maxLength(200, 'at most 200 pools'),
          z.refine((pools) => new Set(pools.map((p) => p.name)).size === pools.length, 'list each pool once'),
        ),
        () => [],
      ),
    }),
    { source: 'none', teamField: null, list: [] },
  ),
  level: z._default(
    z.object({
      /** Level only within slack: the finish does not move, work that would move it stays over-allocated. */
      withinSlack: z._default(z.boolean(), false),
      /** Pools hold nothing: only people are levelled. */
      ignorePools: z._default(z.boolean(), false),
      /** `jira-priority`: Jira priority, then rank, then slack; `standard`: slack, then early start (Microsoft Project's). */
      priorityOrder: z._default(z.enum(PRIORITY_ORDERS), 'jira-priority'),
      /** Jira's priorities, highest first (a name not listed goes after these). */
      priorities: z._default(z.array(z.string().check(z.minLength(1))).check(z.maxLength(50)), () => ['Highest', 'High', 'Medium', 'Low', 'Lowest']),
      /** The Rank field's id; null ranks no issue before another of the same priority. */
      rankField: z._default(z.nullable(z.string().check(z.minLength(1))), null),
    }),
    () => ({ withinSlack: false, ignorePools: false, priorityOrder: 'jira-priority' as const, priorities: ['Highest', 'High', 'Medium', 'Low', 'Lowest'], rankField: null }),
  ),
});

export type ResourceSettingsConfig = z.infer<typeof resourceSettingsSchema>;
export type ResourcePerson = z.infer<typeof resourcePersonSchema>;

export const defaultResourceSettings: ResourceSettingsConfig = resourceSettingsSchema.parse({});
