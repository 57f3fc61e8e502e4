/**
 * A project's own settings (the project settings page): whole sections of the settings that replace the global
 * ones for that project. A section is overridden as a whole, so what the project uses is exactly what its page
 * shows; sections left out follow the global settings as they change.
 */
import { z } from 'zod';
import { jqlOutline } from './jql-outline';
import { scopeProblemMessage } from './scope-jql';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './settings';

const shape = settingsSchema.shape;

/** The sections a project may override (every section but the version and the recorded field names). */
export const projectOverridesSchema = z.object({
  scope: shape.scope.unwrap().optional(),
  linkMappings: shape.linkMappings.unwrap().optional(),
  fields: shape.fields.unwrap().optional(),
  durationSource: shape.durationSource.unwrap().optional(),
  daysPerStoryPoint: shape.daysPerStoryPoint.unwrap().optional(),
  calendar: shape.calendar.unwrap().optional(),
  schedule: shape.schedule.unwrap().optional(),
  issueTypes: shape.issueTypes.unwrap().optional(),
  evm: shape.evm.unwrap().optional(),
  risks: shape.risks.unwrap().optional(),
  raci: shape.raci.unwrap().optional(),
  decisions: shape.decisions.unwrap().optional(),
});

export type ProjectOverrides = z.infer<typeof projectOverridesSchema>;
export type OverridableSection = keyof ProjectOverrides;

export const OVERRIDABLE_SECTIONS = Object.keys(projectOverridesSchema.shape) as OverridableSection[];

/** What is stored per project: the overrides, with the settings version they were written in. */
export const storedProjectSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  overrides: projectOverridesSchema,
  fieldNames: z.record(z.string(), z.string()).default({}),
});
export type StoredProjectSettings = z.infer<typeof storedProjectSettingsSchema>;

/**
 * The settings a project's analyses use: the global ones with the project's sections put in. A project's own
 * scope JQL is enclosed as `project = "{project}" AND (...)` (its ORDER BY left out), so it never reaches
 * beyond the project; one that parentheses cannot enclose safely is `ownScopeProblem`'s, and never run.
 */
export function effectiveSettings(global: Settings, overrides: ProjectOverrides): Settings {
  const chosen = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const scope = overrides.scope === undefined ? global.scope : { jql: `project = "{project}" AND (${jqlOutline(overrides.scope.jql).condition})` };
  return settingsSchema.parse({ ...global, ...chosen, scope, fieldNames: global.fieldNames });
}

/** Why a project's own scope JQL cannot be enclosed in `project = KEY AND (...)` safely, or null. */
export function ownScopeProblem(overrides: ProjectOverrides): string | null {
  const problem = overrides.scope === undefined ? null : jqlOutline(overrides.scope.jql).problem;
  return problem === null ? null : scopeProblemMessage(problem);
}
