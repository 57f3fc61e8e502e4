/**
 * GET /rest/api/3/mypermissions?permissions=A,B&projectKey=K: `havePermission` per key. Project
 * permissions come from the grants (in K, or in any project when K is absent); ADMINISTER from siteAdmins.
 */
import type { RouteContext } from '../context';
import { listParam } from '../context';
import { findVisibleProject, hasProjectPermission, isSiteAdmin, type ProjectPermission } from '../permissions';
import { jiraError, json } from '../respond';

const known: Record<string, { id: string; name: string; type: 'PROJECT' | 'GLOBAL' }> = {
  ADMINISTER: { id: '0', name: 'Administer Jira', type: 'GLOBAL' },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT' },
  WORK_ON_ISSUES: { id: '20', name: 'Work On Issues', type: 'PROJECT' },
  LINK_ISSUES: { id: '21', name: 'Link Issues', type: 'PROJECT' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT' },
};

export function getMyPermissions(ctx: RouteContext): Response {
  const keys = listParam(ctx.query, 'permissions');
  if (!keys) return jiraError(400, ['The \'permissions\' query parameter is required.']);
  const unknown = keys.filter((k) => !(k in known));
  if (unknown.length > 0) return jiraError(400, unknown.map((k) => `The permission key '${k}' does not exist.`));
  const projectKey = ctx.query.get('projectKey') ?? ctx.query.get('projectId');
  const project = projectKey === null ? undefined : findVisibleProject(ctx.state, ctx.principal, projectKey);
  if (projectKey !== null && !project) return jiraError(404, [`No project could be found with key '${projectKey}'.`]);
  const projectKeys = project ? [project.key] : ctx.state.projects.map((p) => p.key);
  const permissions = Object.fromEntries(
    keys.map((key) => {
      const meta = known[key] ?? { id: '', name: key, type: 'PROJECT' as const };
      const have = meta.type === 'GLOBAL'
        ? isSiteAdmin(ctx.state, ctx.principal)
        : projectKeys.some((p) => hasProjectPermission(ctx.state, ctx.principal, p, key as ProjectPermission));
      return [key, { id: meta.id, key, name: meta.name, type: meta.type, description: meta.name, havePermission: have }];
    }),
  );
  return json(200, { permissions });
}
