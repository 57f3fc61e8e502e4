/**
 * GET /rest/api/3/project/search (PageBean of the projects the principal may browse; `startAt`,
 * `maxResults` default 50, `keys`, `query`), GET /rest/api/3/project/{projectIdOrKey} (404 when not visible) and
 * GET /rest/api/3/project/{projectIdOrKey}/versions (the project's versions, unpaged, as Jira answers it).
 */
import { z } from 'zod';
import type { Snapshot } from '../../snapshot-schema';
import { intParam, listParam, type RouteContext } from '../context';
import { findVisibleProject, visibleProjects } from '../permissions';
import { jiraError, json } from '../respond';

type Project = Snapshot['projects'][number];

function projectView(ctx: RouteContext, project: Project): Record<string, unknown> {
  return { expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight', self: `${ctx.baseUrl}/rest/api/3/project/${project.id}`, ...project };
}

export function searchProjects(ctx: RouteContext): Response {
  const keys = listParam(ctx.query, 'keys')?.map((k) => k.toUpperCase());
  const text = ctx.query.get('query')?.toLowerCase();
  const matching = visibleProjects(ctx.state, ctx.principal)
    .filter((p) => !keys || keys.includes(p.key.toUpperCase()))
    .filter((p) => !text || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
    .sort((a, b) => a.key.localeCompare(b.key));
  const startAt = Math.max(0, intParam(ctx.query, 'startAt', 0));
  const maxResults = Math.max(1, Math.min(intParam(ctx.query, 'maxResults', 50), 100));
  const values = matching.slice(startAt, startAt + maxResults).map((p) => projectView(ctx, p));
  const isLast = startAt + values.length >= matching.length;
  const page = (at: number): string => `${ctx.baseUrl}/rest/api/3/project/search?maxResults=${maxResults}&startAt=${at}`;
  return json(200, { self: page(startAt), ...(isLast ? {} : { nextPage: page(startAt + maxResults) }), maxResults, startAt, total: matching.length, isLast, values });
}

export function getProject(ctx: RouteContext): Response {
  const idOrKey = ctx.params.projectIdOrKey ?? '';
  const project = findVisibleProject(ctx.state, ctx.principal, idOrKey);
  if (!project) return jiraError(404, [`No project could be found with key '${idOrKey}'.`]);
  return json(200, projectView(ctx, project));
}

const versions = z.array(z.looseObject({ id: z.string() }));

export function getProjectVersions(ctx: RouteContext): Response {
  const idOrKey = ctx.params.projectIdOrKey ?? '';
  const project = findVisibleProject(ctx.state, ctx.principal, idOrKey);
  if (!project) return jiraError(404, [`No project could be found with key '${idOrKey}'.`]);
  const parsed = versions.safeParse(project['versions']);
  return json(200, parsed.success ? parsed.data : []);
}
