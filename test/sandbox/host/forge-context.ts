/**
 * The Forge context the host hands the Custom UI (`view.getContext()`), in the shape Jira sends: who is signed
 * in, which site, which module, and the module's extension context. A `jira:projectPage` names the project; a
 * `jira:issuePanel` names the issue (`{ id, key, type, typeId }`) and the issue's own project.
 */
import { DEFAULT_APP_ID, DEFAULT_CLOUD_ID } from '../forge/install-forge-runtime';
import type { Snapshot } from '../snapshot-schema';
import type { ColorMode } from './design-tokens';
import type { HostSelection } from './host-selection';

/** The sandbox installs its Forge runtime with the same ids (see server.ts). */
export const SANDBOX_ENVIRONMENT_ID = 'sandbox-development';

interface ProjectContext {
  id: string;
  key: string;
  type: string;
}

/**
 * A Confluence macro's extension context: the page and space it sits in, its config (`guestParams`, saved by
 * `view.submit({ config })`) and whether this frame is its config dialog (`macro.isConfiguring`).
 */
export interface MacroExtensionContext {
  type: 'macro';
  content: { id: string; type: 'page' };
  space: { id: string; key: string };
  isEditing: boolean;
  config?: Record<string, unknown>;
  macro: { isConfiguring: boolean; isInserting: boolean };
  location: string;
}

export type HostExtensionContext =
  | { type: 'jira:projectPage'; project?: ProjectContext }
  | { type: 'jira:issuePanel'; issue?: { id: string; key: string; type: string; typeId: string }; project?: ProjectContext }
  | { type: 'jira:adminPage' }
  | { type: 'jira:projectSettingsPage'; project?: ProjectContext }
  | MacroExtensionContext;

export interface HostForgeContext {
  accountId?: string;
  accountType?: string;
  cloudId: string;
  localId: string;
  moduleKey: string;
  siteUrl: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT';
  extension: HostExtensionContext;
  theme: { colorMode: ColorMode };
  locale: string;
  timezone: string;
}

function projectContext(snapshot: Snapshot, key: string | undefined): ProjectContext | undefined {
  const project = snapshot.projects.find((p) => p.key === key);
  return project ? { id: project.id, key: project.key, type: project.projectTypeKey } : undefined;
}

function extensionContext(snapshot: Snapshot, selection: HostSelection): HostExtensionContext {
  if (selection.module.type === 'jira:projectPage') {
    const project = projectContext(snapshot, selection.project?.key);
    return { type: 'jira:projectPage', ...(project ? { project } : {}) };
  }
  // Jira's admin settings name no project; a project's settings name the project, as a project page does.
  if (selection.module.type === 'jira:adminPage') return { type: 'jira:adminPage' };
  if (selection.module.type === 'jira:projectSettingsPage') {
    const project = projectContext(snapshot, selection.project?.key);
    return { type: 'jira:projectSettingsPage', ...(project ? { project } : {}) };
  }
  const issue = snapshot.issues.find((i) => i.key === selection.issueKey);
  if (!issue) return { type: 'jira:issuePanel' };
  const { issuetype } = issue.fields;
  const project = projectContext(snapshot, issue.fields.project.key);
  return {
    type: 'jira:issuePanel',
    issue: { id: issue.id, key: issue.key, type: issuetype.name, typeId: issuetype.id },
    ...(project ? { project } : {}),
  };
}

/** The macro's extension id as Forge writes it into a page (`parameters.extensionId`). */
export function macroExtensionId(moduleKey: string): string {
  return `ari:cloud:ecosystem::extension/${macroExtensionKey(moduleKey)}`;
}

/** The `extensionKey` of a Keel macro's ADF node: app id / environment id / static / module key. */
export function macroExtensionKey(moduleKey: string): string {
  return `${DEFAULT_APP_ID}/${SANDBOX_ENVIRONMENT_ID}/static/${moduleKey}`;
}

/** The context of one macro on a page; Forge names the macro instance by its ADF `localId`. */
export function macroForgeContext(
  snapshot: Snapshot,
  user: HostSelection['user'],
  macro: { moduleKey: string; localId: string; extension: MacroExtensionContext },
  viewer: { colorMode: ColorMode; locale: string } = { colorMode: 'light', locale: 'en-US' },
): HostForgeContext {
  return { ...commonContext(snapshot, user, viewer), localId: macro.localId, moduleKey: macro.moduleKey, extension: macro.extension };
}

function commonContext(snapshot: Snapshot, user: HostSelection['user'], viewer: { colorMode: ColorMode; locale: string }) {
  return {
    ...(user ? { accountId: user.accountId, accountType: 'licensed' } : {}),
    cloudId: DEFAULT_CLOUD_ID,
    siteUrl: snapshot.site.baseUrl.replace(/\/$/, ''),
    environmentId: SANDBOX_ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT' as const,
    theme: { colorMode: viewer.colorMode },
    locale: viewer.locale,
    timezone: user?.timeZone ?? 'UTC',
  };
}

export function forgeContext(snapshot: Snapshot, selection: HostSelection): HostForgeContext {
  const { user, module } = selection;
  return {
    ...(user ? { accountId: user.accountId, accountType: 'licensed' } : {}),
    cloudId: DEFAULT_CLOUD_ID,
    localId: `ari:cloud:ecosystem::extension/${DEFAULT_APP_ID}/${SANDBOX_ENVIRONMENT_ID}/static/${module.key}`,
    moduleKey: module.key,
    siteUrl: snapshot.site.baseUrl.replace(/\/$/, ''),
    environmentId: SANDBOX_ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    extension: extensionContext(snapshot, selection),
    theme: { colorMode: selection.theme },
    locale: selection.locale,
    timezone: user?.timeZone ?? 'UTC',
  };
}
