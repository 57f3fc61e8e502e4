/**
 * Keel's settings: the zod schema, version 2. Every value read from storage or a file goes through
 * `settingsSchema` (older versions through `migrateSettings` first); `defaultSettings` works on a fresh Jira
 * Cloud site without any admin action. Version 2 added `fieldNames` and lists each holiday once, in order.
 */
import { z } from 'zod';
import { defaultEvmSettings, evmSettingsSchema } from './evm-settings';
import { defaultRiskSettings, riskSettingsSchema } from './risk-settings';
import { defaultRaciSettings, raciSettingsSchema } from './raci-settings';
import { decisionSettingsSchema, defaultDecisionSettings } from './decision-settings';
import { notWorkSetting } from './work-types';

export const SETTINGS_VERSION = 2;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date written YYYY-MM-DD');

export const dependencyKindSchema = z.enum(['FS', 'SS', 'FF', 'SF']);

export const linkMappingSchema = z.object({
  /** The link type's name as Jira shows it, e.g. "Blocks". */
  linkType: z.string().min(1, 'name a link type'),
  /**
   * Which side of "A <outward description> B" is the predecessor: `outward` means A ("A blocks B"),
   * `inward` means B ("A depends on B").
   */
  predecessor: z.enum(['outward', 'inward']),
  kind: dependencyKindSchema.default('FS'),
  lagDays: z.number().int().min(-365).max(365).default(0),
});

export const fieldMappingsSchema = z.object({
  /** Custom field id holding story points, or null when the site does not use them. */
  storyPoints: z.string().nullable().default(null),
  /** Field id of the start date (Jira's own "Start date" is a custom field on every site). */
  startDate: z.string().nullable().default(null),
  dueDate: z.string().default('duedate'),
});

export const calendarSchema = z.object({
  /** ISO weekday numbers, Monday = 1 ... Sunday = 7. */
  workingDays: z
    .array(z.number().int().min(1).max(7))
    .min(1, 'at least one working day')
    .default([1, 2, 3, 4, 5]),
  hoursPerDay: z.number().positive('hours per day must be more than 0').max(24, 'a day has at most 24 hours').default(8),
  holidays: z
    .array(isoDate)
    .refine((days) => new Set(days).size === days.length, 'list each holiday once')
    .default([]),
});

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  scope: z
    .object({
      /** JQL selecting the issues in scope; `{project}` is replaced by the project key. */
      jql: z.string().min(1, 'write a JQL query, e.g. project = "{project}"').default('project = "{project}"'),
    })
    .default({ jql: 'project = "{project}"' }),
  linkMappings: z.array(linkMappingSchema).default([]),
  fields: fieldMappingsSchema.default({ storyPoints: null, startDate: null, dueDate: 'duedate' }),
  durationSource: z.enum(['originalEstimate', 'storyPoints', 'dateSpan']).default('originalEstimate'),
  daysPerStoryPoint: z.number().positive('days per story point must be more than 0').default(1),
  calendar: calendarSchema.default({ workingDays: [1, 2, 3, 4, 5], hoursPerDay: 8, holidays: [] }),
  schedule: z
    .object({
      /** The project's start; when null, the earliest start date or actual start in scope, else the as-of date. */
      projectStart: isoDate.nullable().default(null),
      /** Total slack, in working days, at or below which work counts as near-critical. */
      nearCriticalDays: z.number().min(0, 'use 0 or more days').max(100, 'use at most 100 days').default(5),
      /** Above this many issues in scope, the schedule is computed in the background and stored; absent means 1,500. */
      backgroundAboveIssues: z.number().int().min(1, 'use 1 or more issues').optional(),
    })
    .default({ projectStart: null, nearCriticalDays: 5 }),
  issueTypes: z
    .object({ risk: z.string().default('Risk'), decision: z.string().default('Decision'), notWork: notWorkSetting })
    .default({ risk: 'Risk', decision: 'Decision', notWork: [] }),
  evm: evmSettingsSchema.default(defaultEvmSettings),
  risks: riskSettingsSchema.default(defaultRiskSettings),
  raci: raciSettingsSchema.default(defaultRaciSettings),
  decisions: decisionSettingsSchema.default(defaultDecisionSettings),
  /**
   * The name of each mapped field id when the settings were saved, so a field deleted since, or a file
   * imported from another site (where the id means another field), can be named to the admin.
   */
  fieldNames: z.record(z.string(), z.string()).default({}),
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
