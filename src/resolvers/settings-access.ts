/**
 * Who may change Keel's settings, asked of Jira as the caller (never decided by where a page is shown):
 * Jira admins (`ADMINISTER`) the global settings; a project's administrators (`ADMINISTER_PROJECTS`, or a
 * Jira admin) that project's own settings.
 */
import { hasProjectPermission } from '../adapters/jira/fetch-my-permission';
import { hasGlobalPermission } from '../adapters/jira/has-global-permission';
import type { ProductRequest } from '../adapters/product-request';
import { AppError } from '../app-error';

export async function requireJiraAdmin(viewer: ProductRequest): Promise<void> {
  if (!(await hasGlobalPermission(viewer, 'ADMINISTER'))) {
    throw new AppError('FORBIDDEN', "Only Jira admins may see and change Keel's global settings. Ask a Jira admin, or change your project's own Keel settings in its project settings.");
  }
}

export async function requireProjectAdmin(viewer: ProductRequest, projectKey: string): Promise<void> {
  if (await hasProjectPermission(viewer, projectKey, 'ADMINISTER_PROJECTS')) return;
  if (await hasGlobalPermission(viewer, 'ADMINISTER')) return;
  throw new AppError('FORBIDDEN', `Only administrators of ${projectKey} may see and change its Keel settings. Ask one of them, or a Jira admin.`);
}
