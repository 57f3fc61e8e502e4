/**
 * The part of Forge's invocation context that says where a call comes from, per module type, as Jira and
 * Confluence fill it for Keel's modules (manifest.yml): `moduleKey` and `extension`. Spread one into
 * `invokeResolver`'s options to call a resolver from that module, as a page's `invoke` would.
 * - `jira:projectPage`, `jira:projectSettingsPage`: `{ type, project: { id, key, type } }`;
 * - `jira:issuePanel`: `{ type, issue: { id, key, type, typeId }, project: { id, key, type }, isNewToIssue }`;
 * - `jira:adminPage`: `{ type }` only;
 * - `macro`: `{ type, content: { id, type }, space: { id, key }, isEditing, config, macro, location }`.
 */
import type { Snapshot } from '../snapshot-schema';

export interface ModuleContext {
  moduleKey: string;
  extension: Record<string, unknown>;
}

function projectOf(snapshot: Snapshot, key: string): { id: string; key: string; type: string } {
  const project = snapshot.projects.find((p) => p.key === key);
  if (!project) throw new Error(`moduleContext: no project ${key} on this site`);
  return { id: project.id, key: project.key, type: project.projectTypeKey };
}

export function projectPageContext(snapshot: Snapshot, projectKey: string): ModuleContext {
  return { moduleKey: 'keel-project-page', extension: { type: 'jira:projectPage', project: projectOf(snapshot, projectKey) } };
}

export function projectSettingsContext(snapshot: Snapshot, projectKey: string): ModuleContext {
  return { moduleKey: 'keel-project-settings', extension: { type: 'jira:projectSettingsPage', project: projectOf(snapshot, projectKey) } };
}

export function adminPageContext(): ModuleContext {
  return { moduleKey: 'keel-admin-page', extension: { type: 'jira:adminPage' } };
}

export function issuePanelContext(snapshot: Snapshot, issueKey: string): ModuleContext {
  const issue = snapshot.issues.find((i) => i.key === issueKey);
  if (!issue) throw new Error(`moduleContext: no issue ${issueKey} on this site`);
  const { issuetype, project } = issue.fields;
  return {
    moduleKey: 'keel-issue-panel',
    extension: {
      type: 'jira:issuePanel',
      issue: { id: issue.id, key: issue.key, type: issuetype.name, typeId: issuetype.id },
      project: projectOf(snapshot, project.key),
      isNewToIssue: false,
    },
  };
}

/** A macro on a page (the site's first page unless named), with the config its dialog saved (absent: never configured). */
export function macroContext(snapshot: Snapshot, moduleKey: string, config: Record<string, unknown> | undefined, pageId?: string): ModuleContext {
  const page = pageId === undefined ? snapshot.confluence.pages[0] : snapshot.confluence.pages.find((p) => p.id === pageId);
  const space = snapshot.confluence.spaces.find((s) => s.id === page?.spaceId);
  if (!page || !space) throw new Error(`moduleContext: no page ${pageId ?? '(first)'} in a space on this site`);
  return {
    moduleKey,
    extension: {
      type: 'macro',
      content: { id: page.id, type: 'page' },
      space: { id: space.id, key: space.key },
      isEditing: false,
      ...(config === undefined ? {} : { config }),
      macro: { isConfiguring: false, isInserting: false },
      location: `${snapshot.site.baseUrl.replace(/\/$/, '')}/wiki/spaces/${space.key}/pages/${page.id}`,
    },
  };
}
