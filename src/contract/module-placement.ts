/**
 * Where Forge says a call comes from, read from its trusted invocation context (`context.extension`), never from
 * the payload a page script sends. Forge fills `extension` per module type:
 * - `jira:projectPage`, `jira:projectSettingsPage`: `project: { id, key, type }`;
 * - `jira:issuePanel`: `issue: { id, key, type, typeId }` and the issue's `project`;
 * - `jira:adminPage`: nothing but its type;
 * - `macro` (Confluence): the page and space, and the macro's saved configuration in `config`.
 * Any other shape (a module type Keel does not declare) places the call nowhere: the payload alone, checked as
 * the caller, decides. Both sides read it: the back end binds payloads to it (src/resolvers/payload-in-place.ts),
 * the UI leaves out of its payloads what the context already gives (static/src/api/context-payload.ts).
 */
import * as z from 'zod/mini';

export interface MacroConfig {
  projectKey?: string;
  jql?: string;
}

export type ModulePlacement =
  | { module: 'project'; projectKey: string }
  | { module: 'issue'; issueKey: string; projectKey: string | null }
  | { module: 'admin' }
  /** `config: null` is a macro inserted but never configured. */
  | { module: 'macro'; config: MacroConfig | null }
  | { module: 'none' };

const project = z.looseObject({ key: z.string().check(z.minLength(1)) });
const projectModule = z.looseObject({ type: z.enum(['jira:projectPage', 'jira:projectSettingsPage']), project });
const issueModule = z.looseObject({ type: z.literal('jira:issuePanel'), issue: z.looseObject({ key: z.string().check(z.minLength(1)) }), project: z.optional(project) });
const adminModule = z.looseObject({ type: z.literal('jira:adminPage') });
const macroModule = z.looseObject({ type: z.literal('macro'), config: z.optional(z.unknown()) });
const storedConfig = z.looseObject({ projectKey: z.optional(z.string()), jql: z.optional(z.string()) });

/** A saved macro config as Keel's config dialog writes it: a project key or a JQL filter (blank values are absent). */
function macroConfigOf(value: unknown): MacroConfig | null {
  const parsed = storedConfig.safeParse(value);
  if (!parsed.success) return null;
  const projectKey = parsed.data.projectKey?.trim() ?? '';
  const jql = parsed.data.jql?.trim() ?? '';
  if (projectKey === '' && jql === '') return null;
  return { ...(projectKey === '' ? {} : { projectKey }), ...(jql === '' ? {} : { jql }) };
}

export function modulePlacement(extension: unknown): ModulePlacement {
  const inProject = projectModule.safeParse(extension);
  if (inProject.success) return { module: 'project', projectKey: inProject.data.project.key };
  const inIssue = issueModule.safeParse(extension);
  if (inIssue.success) return { module: 'issue', issueKey: inIssue.data.issue.key, projectKey: inIssue.data.project?.key ?? null };
  if (adminModule.safeParse(extension).success) return { module: 'admin' };
  const inMacro = macroModule.safeParse(extension);
  if (inMacro.success) return { module: 'macro', config: macroConfigOf(inMacro.data.config) };
  return { module: 'none' };
}

/**
 * The payload fields a placement decides, with the value the context gives them; `undefined`: the field must be
 * absent (the half of a macro's config that was not saved). A project page decides `projectKey`; an issue panel
 * `issueKey` and its project's `projectKey`; a macro `projectKey` and `jql`; Jira's admin page nothing.
 */
export function contextFields(placement: ModulePlacement): Record<string, string | undefined> {
  switch (placement.module) {
    case 'project':
      return { projectKey: placement.projectKey };
    case 'issue':
      return { issueKey: placement.issueKey, ...(placement.projectKey === null ? {} : { projectKey: placement.projectKey }) };
    case 'macro':
      return { projectKey: placement.config?.projectKey, jql: placement.config?.jql };
    case 'admin':
    case 'none':
      return {};
  }
}
