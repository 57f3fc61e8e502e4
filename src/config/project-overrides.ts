/**
 * A project's own settings (the project settings page): whole sections of the settings that replace the global
 * ones for that project. A section is overridden as a whole, so what the project uses is exactly what its page
 * shows; sections left out follow the global settings as they change.
 */
import * as z from 'zod/mini';
import { jqlOutline } from './jql-outline';
import { scopeProblemMessage } from './scope-jql';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './settings';

const shape = settingsSchema.shape;

/** A section of the settings, optional and without its default: absent means "follow the global settings". */
function own<T extends z.ZodMiniType>(section: z.ZodMiniDefault<T>) {
  return z.optional(section._zod.def.innerType);
}

/** The sections a project may override (every section but the version and the recorded field names). */
export const projectOverridesSchema = z.object({
  scope: own(shape.scope),
  linkMappings: own(shape.linkMappings),
  fields: own(shape.fields),
  durationSource: own(shape.durationSource),
  daysPerStoryPoint: own(shape.daysPerStoryPoint),
  calendar: own(shape.calendar),
  schedule: own(shape.schedule),
  issueTypes: own(shape.issueTypes),
  evm: own(shape.evm),
  risks: own(shape.risks),
  raci: own(shape.raci),
  decisions: own(shape.decisions),
  forecast: own(shape.forecast),
  resources: own(shape.resources),
  targets: own(shape.targets),
});

export type ProjectOverrides = z.infer<typeof projectOverridesSchema>;
export type OverridableSection = keyof ProjectOverrides;

export const OVERRIDABLE_SECTIONS = Object.keys(projectOverridesSchema.shape) as OverridableSection[];

/** What is stored per project: the overrides, with the settings version they were written in. */
export const storedProjectSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  overrides: projectOverridesSchema,
  fieldNames: z._default(z.record(z.string(), z.string()), () => ({})),
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
