/**
 * Targets (issue 16, item 1): where the project's launch date comes from, and which issues are its milestones.
 * The launch date is a mapped version's release date (by name; none named: the project's next unreleased version
 * with a release date), a chosen issue's due date, or a date typed here; `none` measures nothing. Milestones are
 * the issues of the mapped types or labels (names compare without case, as JQL compares them). Global, with a
 * project's own section replacing it (project-overrides.ts). zod/mini: the admin form checks drafts with it.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from './calendar-date';

const MAX_NAMES = 20;
const names = (what: string) =>
  z.array(z.string().check(z.trim(), z.minLength(1, `name ${what}`))).check(
    z.maxLength(MAX_NAMES, `list at most ${MAX_NAMES}`),
    z.refine((list) => new Set(list.map((n) => n.toLowerCase())).size === list.length, `list each ${what} once`),
  );

export const launchSources = ['none', 'version', 'issue', 'date'] as const;

export const targetsSettingsSchema = z.object({
  launch: z._default(
    z.object({
      source: z._default(z.enum(launchSources), 'version'),
      /** The version whose release date is the launch; null: the next unreleased version with a release date. */
      version: z._default(z.nullable(z.string().check(z.trim(), z.minLength(1, 'name a version, or leave it empty for the next release'))), null),
      /** The issue whose due date is the launch (a launch ticket), e.g. PAY-150. */
      issueKey: z._default(z.nullable(z.string().check(z.trim(), z.regex(/^[A-Z][A-Z0-9_]+-\d+$/, 'write an issue key such as PAY-150'))), null),
      /** The launch date itself, YYYY-MM-DD. */
      date: z._default(z.nullable(z.string().check(z.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isCalendarDate(d), 'use a date that exists, written YYYY-MM-DD'))), null),
    }).check(
      z.refine((l) => l.source !== 'issue' || l.issueKey !== null, { message: 'choose the issue whose due date is the launch', path: ['issueKey'] }),
      z.refine((l) => l.source !== 'date' || l.date !== null, { message: 'type the launch date, YYYY-MM-DD', path: ['date'] }),
    ),
    () => ({ source: 'version' as const, version: null, issueKey: null, date: null }),
  ),
  milestones: z._default(
    z.object({ issueTypes: z._default(names('an issue type'), () => ['Milestone']), labels: z._default(names('a label'), () => ['milestone']) }),
    () => ({ issueTypes: ['Milestone'], labels: ['milestone'] }),
  ),
});

export type TargetsSettings = z.infer<typeof targetsSettingsSchema>;

export const defaultTargetsSettings: TargetsSettings = targetsSettingsSchema.parse({});
