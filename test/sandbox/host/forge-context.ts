/**
 * The Forge context the host hands the Custom UI (`view.getContext()`), in the shape Jira sends for a
 * `jira:projectPage` module: who is signed in, which site, which module, which project.
 */
import { DEFAULT_APP_ID, DEFAULT_CLOUD_ID } from '../forge/install-forge-runtime';
import type { Snapshot } from '../snapshot-schema';
import type { HostSelection } from './host-selection';

/** The sandbox installs its Forge runtime with the same ids (see server.ts). */
export const SANDBOX_ENVIRONMENT_ID = 'sandbox-development';

export interface HostForgeContext {
  accountId?: string;
  accountType?: string;
  cloudId: string;
  localId: string;
  moduleKey: string;
  siteUrl: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT';
  extension: { type: string; project?: { id: string; key: string; type: string } };
  theme: { colorMode: 'light' };
  locale: string;
  timezone: string;
}

export function forgeContext(snapshot: Snapshot, selection: HostSelection): HostForgeContext {
  const { user, project, module } = selection;
  return {
    ...(user ? { accountId: user.accountId, accountType: 'licensed' } : {}),
    cloudId: DEFAULT_CLOUD_ID,
    localId: `ari:cloud:ecosystem::extension/${DEFAULT_APP_ID}/${SANDBOX_ENVIRONMENT_ID}/static/${module.key}`,
    moduleKey: module.key,
    siteUrl: snapshot.site.baseUrl.replace(/\/$/, ''),
    environmentId: SANDBOX_ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    extension: {
      type: module.type,
      ...(project ? { project: { id: project.id, key: project.key, type: project.projectTypeKey } } : {}),
    },
    theme: { colorMode: 'light' },
    locale: 'en-US',
    timezone: user?.timeZone ?? 'UTC',
  };
}
