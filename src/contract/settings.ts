/**
 * Result types of the admin pages' resolvers: `settings/*` (global settings, Jira admins), `project-settings/*`
 * (a project's own sections, its administrators), `catalog/get` and `users/search` (the pickers). The settings
 * themselves are the back end's own schema (src/config/settings.ts, zod/mini), value checks and all.
 */
import * as z from 'zod/mini';
import { OVERRIDABLE_SECTIONS, projectOverridesSchema as overrides } from '../config/project-overrides';
import { settingsSchema as settings } from '../config/settings';
import { settingsProblem } from '../config/settings-problem';
import { person } from './person';
import { projectRef as project } from './report-scope';

export type { Settings } from '../config/settings';
export type { ProjectOverrides, OverridableSection } from '../config/project-overrides';
export type { SettingsProblem } from '../config/settings-problem';

const id = z.nullable(z.string());
const problems = z.array(settingsProblem);
const people = z.array(person);
export type PersonName = z.infer<typeof person>;

/** `settings/get`: the global settings in force, and what no longer matches the site (a deleted field, say). */
export const settingsView = z.object({
  settings,
  problems,
  /** The people the rate table names, for the form to show names rather than account ids. */
  people,
});
export type SettingsView = z.infer<typeof settingsView>;

/** `settings/save` and `settings/import`: saved only when no problem is an error; `settings` is what is in force now. */
export const settingsSaveResult = z.object({ saved: z.boolean(), settings, problems });
export type SettingsSaveResult = z.infer<typeof settingsSaveResult>;

/** `project-settings/get`: the project's own sections next to the global settings they replace. */
export const projectSettingsView = z.object({ project, global: settings, overrides, effective: settings, problems, people });
export type ProjectSettingsView = z.infer<typeof projectSettingsView>;

export const projectSettingsSaveResult = z.object({ saved: z.boolean(), overrides, effective: settings, problems });
export type ProjectSettingsSaveResult = z.infer<typeof projectSettingsSaveResult>;

/** `catalog/get`: what the pickers offer, as the admin sees the site. */
export const settingsCatalog = z.object({
  fields: z.array(z.object({ id: z.string(), name: z.string(), type: id, custom: z.boolean() })),
  linkTypes: z.array(z.object({ name: z.string(), inward: z.string(), outward: z.string() })),
  issueTypes: z.array(z.object({ name: z.string(), subtask: z.boolean() })),
  statuses: z.array(z.object({ name: z.string(), category: id })),
  projects: z.array(project),
});
export type SettingsCatalog = z.infer<typeof settingsCatalog>;

export const userSearchResult = z.object({ users: people });
export type UserSearchResult = z.infer<typeof userSearchResult>;

/** What a set of settings makes of one project: the live preview's figures. */
export const previewFigures = z.object({
  jql: z.string(),
  issues: z.number(),
  /** Issues with a duration from the duration source (the rest are scheduled as taking no time). */
  withDuration: z.number(),
  dependencies: z.number(),
  cycles: z.number(),
  criticalIssues: z.number(),
  projectFinish: id,
  risks: z.number(),
  /** Risks with both a probability and an impact Keel can read. */
  ratedRisks: z.number(),
  decisions: z.number(),
  /** Issues with a budget, and the budget at completion they add up to. */
  budgeted: z.number(),
  bac: z.number(),
  currency: z.string(),
  /** Resource levelling (issue #14), one pass in the settings' priority order: its finish and the person-weeks over capacity before it. */
  levelledFinish: z.optional(id),
  overAllocatedWeeks: z.optional(z.number()),
  /** The launch date the targets find (null: none) with where it comes from, the milestones, and the targets' problems. */
  launch: z.optional(z.object({ date: id, label: id, milestones: z.number(), problems: z.array(z.string()) })),
  /** The forecast (issue #15) without measuring each risk: P50, P80, the chance by its own target date, and the iterations run. */
  forecast: z.optional(z.nullable(z.object({ p50: z.string(), p80: z.string(), target: z.nullable(z.object({ date: z.string(), probability: z.number() })), iterations: z.number() }))),
});
export type PreviewFigures = z.infer<typeof previewFigures>;

/** `settings/preview`: the draft's figures next to the saved settings', or the draft's problems. */
export const settingsPreviewResult = z.object({
  project,
  saved: previewFigures,
  draft: z.nullable(previewFigures),
  problems,
  /** The sections this project overrides: a global draft's values there do not reach it. */
  overridden: z.array(z.enum(OVERRIDABLE_SECTIONS)),
});
export type SettingsPreviewResult = z.infer<typeof settingsPreviewResult>;

/** `settings/detect`: settings read off the site (as `keel detect` does), to review in the form before saving. */
export const detectedSettingsResult = z.object({
  settings,
  /** Why each choice was made, keyed by the setting it fills. */
  reasons: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type DetectedSettingsResult = z.infer<typeof detectedSettingsResult>;
