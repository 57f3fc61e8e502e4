/**
 * Keel's settings: the zod schema, version 2. Every value read from storage or a file goes through
 * `settingsSchema` (older versions through `migrateSettings` first); `defaultSettings` works on a fresh Jira
 * Cloud site without any admin action. Version 2 added `fieldNames` and lists each holiday once, in order.
 * zod/mini, so the admin form checks drafts with this very schema without bundling full zod.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar-date';
import { defaultEvmSettings, evmSettingsSchema } from './evm-settings';
import { defaultRiskSettings, riskSettingsSchema } from './risk-settings';
import { defaultRaciSettings, raciSettingsSchema } from './raci-settings';
import { decisionSettingsSchema, defaultDecisionSettings } from './decision-settings';
import { notWorkSetting } from './work-types';
import { defaultForecastSettings, forecastSettingsSchema } from './forecast-settings';
import { defaultResourceSettings, resourceSettingsSchema } from './resource-settings';
import { defaultTargetsSettings, targetsSettingsSchema } from './targets-settings';

export const SETTINGS_VERSION = 2;

const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date written YYYY-MM-DD'),
  z.refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || isCalendarDate(d), 'use a date that exists on the calendar'),
);
const int = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

export const dependencyKindSchema = z.enum(['FS', 'SS', 'FF', 'SF']);

export const linkMappingSchema = z.object({
  /** The link type's name as Jira shows it, e.g. "Blocks". */
  linkType: z.string().check(z.minLength(1, 'name a link type')),
  /**
   * Which side of "A <outward description> B" is the predecessor: `outward` means A ("A blocks B"),
   * `inward` means B ("A depends on B").
   */
  predecessor: z.enum(['outward', 'inward']),
  kind: z._default(dependencyKindSchema, 'FS'),
  lagDays: z._default(int(-365, 365), 0),
});

export const fieldMappingsSchema = z.object({
  /** Custom field id holding story points, or null when the site does not use them. */
  storyPoints: z._default(z.nullable(z.string()), null),
  /** Field id of the start date (Jira's own "Start date" is a custom field on every site). */
  startDate: z._default(z.nullable(z.string()), null),
  dueDate: z._default(z.string(), 'duedate'),
});

export const calendarSchema = z.object({
  /** ISO weekday numbers, Monday = 1 ... Sunday = 7. */
  workingDays: z._default(z.array(int(1, 7)).check(z.minLength(1, 'at least one working day')), () => [1, 2, 3, 4, 5]),
  hoursPerDay: z._default(
    z.number().check(
      z.positive('hours per day must be more than 0'),
      z.lte(24, 'a day has at most 24 hours'),
      z.refine((h) => h <= 0 || h >= 1, 'a working day has at least 1 hour'),
    ),
    8,
  ),
  holidays: z._default(z.array(isoDate).check(z.refine((days) => new Set(days).size === days.length, 'list each holiday once')), () => []),
});

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  scope: z._default(
    z.object({
      /** JQL selecting the issues in scope; `{project}` is replaced by the project key. */
      jql: z._default(z.string().check(z.minLength(1, 'write a JQL query, e.g. project = "{project}"')), 'project = "{project}"'),
    }),
    { jql: 'project = "{project}"' },
  ),
  /** Omitted (a partial settings file): the defaults, as every other omitted section. */
  linkMappings: z._default(z.array(linkMappingSchema), () => defaultLinkMappings.map((m) => ({ ...m }))),
  fields: z._default(fieldMappingsSchema, { storyPoints: null, startDate: null, dueDate: 'duedate' }),
  durationSource: z._default(z.enum(['originalEstimate', 'storyPoints', 'dateSpan']), 'originalEstimate'),
  daysPerStoryPoint: z._default(
    z.number().check(
      z.positive('days per story point must be more than 0'),
      z.refine((d) => d <= 0 || (d >= 0.01 && d <= 100), 'use 0.01 to 100 days per story point'),
    ),
    1,
  ),
  calendar: z._default(calendarSchema, () => ({ workingDays: [1, 2, 3, 4, 5], hoursPerDay: 8, holidays: [] })),
  schedule: z._default(
    z.object({
      /** The project's start; when null, the earliest start date or actual start in scope, else the as-of date. */
      projectStart: z._default(z.nullable(isoDate), null),
      /** Total slack, in working days, at or below which work counts as near-critical. */
      nearCriticalDays: z._default(z.number().check(z.gte(0, 'use 0 or more days'), z.lte(100, 'use at most 100 days')), 5),
      /** Above this many issues in scope, the schedule is computed in the background and stored; absent means 1,500. */
      backgroundAboveIssues: z.optional(z.number().check(z.int(), z.gte(1, 'use 1 or more issues'))),
    }),
    { projectStart: null, nearCriticalDays: 5 },
  ),
  issueTypes: z._default(
    z.object({ risk: z._default(z.string(), 'Risk'), decision: z._default(z.string(), 'Decision'), notWork: notWorkSetting }),
    { risk: 'Risk', decision: 'Decision', notWork: [] },
  ),
  evm: z._default(evmSettingsSchema, defaultEvmSettings),
  risks: z._default(riskSettingsSchema, defaultRiskSettings),
  raci: z._default(raciSettingsSchema, defaultRaciSettings),
  decisions: z._default(decisionSettingsSchema, defaultDecisionSettings),
  forecast: z._default(forecastSettingsSchema, defaultForecastSettings),
  resources: z._default(resourceSettingsSchema, defaultResourceSettings),
  /** The launch date and milestones the verdict measures against (targets-settings.ts). */
  targets: z._default(targetsSettingsSchema, defaultTargetsSettings),
  /**
   * The name of each mapped field id when the settings were saved, so a field deleted since, or a file
   * imported from another site (where the id means another field), can be named to the admin.
   */
  fieldNames: z._default(z.record(z.string(), z.string()), () => ({})),
});

export type Settings = z.infer<typeof settingsSchema>;
export type LinkMapping = z.infer<typeof linkMappingSchema>;

/** Link types seen on real sites (shared/atlassian/jira-sites), mapped the way their words read. */
export const defaultLinkMappings: LinkMapping[] = [
  { linkType: 'Blocks', predecessor: 'outward', kind: 'FS', lagDays: 0 },
  { linkType: 'Blocker', predecessor: 'outward', kind: 'FS', lagDays: 0 },
  { linkType: 'Depends', predecessor: 'inward', kind: 'FS', lagDays: 0 },
  { linkType: 'Dependency', predecessor: 'inward', kind: 'FS', lagDays: 0 },
  { linkType: 'Gantt End to Start', predecessor: 'outward', kind: 'FS', lagDays: 0 },
  { linkType: 'Gantt Start to Start', predecessor: 'outward', kind: 'SS', lagDays: 0 },
  { linkType: 'Gantt End to End', predecessor: 'outward', kind: 'FF', lagDays: 0 },
  { linkType: 'Gantt Start to End', predecessor: 'outward', kind: 'SF', lagDays: 0 },
  { linkType: 'Finish-to-Start link (WBSGantt)', predecessor: 'outward', kind: 'FS', lagDays: 0 },
  { linkType: 'Start-to-Start link (WBSGantt)', predecessor: 'outward', kind: 'SS', lagDays: 0 },
  { linkType: 'Finish-to-Finish link (WBSGantt)', predecessor: 'outward', kind: 'FF', lagDays: 0 },
  { linkType: 'Start-to-Finish link (WBSGantt)', predecessor: 'outward', kind: 'SF', lagDays: 0 },
];

export const defaultSettings: Settings = settingsSchema.parse({
  version: SETTINGS_VERSION,
  linkMappings: defaultLinkMappings,
});
