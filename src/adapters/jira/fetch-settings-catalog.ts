/**
 * What the admin's pickers offer, read as the admin: the site's fields, link types and issue types
 * (`discoverSite`), its statuses (`/status`) and the projects the admin may browse (`/project/search`).
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { SettingsCatalog } from '../../contract/settings';
import type { ProductRequest } from '../product-request';
import { discoverSite } from './discover-site';

const status = z.looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() });
const projectPage = z.looseObject({ values: z.array(z.looseObject({ key: z.string(), name: z.string() })), isLast: z.boolean().optional() });

/** Pages of 50 projects; a site with more than this many is listed in part (the picker also takes a typed key). */
const MAX_PROJECT_PAGES = 10;

async function projects(request: ProductRequest): Promise<{ key: string; name: string }[]> {
  const found: { key: string; name: string }[] = [];
  for (let page = 0; page < MAX_PROJECT_PAGES; page += 1) {
    const answer = await request(projectPage, route`/rest/api/3/project/search?startAt=${String(page * 50)}&maxResults=50&orderBy=key`);
    found.push(...answer.values.map(({ key, name }) => ({ key, name })));
    if (answer.isLast !== false || answer.values.length === 0) break;
  }
  return found;
}

export async function fetchSettingsCatalog(request: ProductRequest): Promise<SettingsCatalog> {
  const [site, statuses, visible] = await Promise.all([discoverSite(request), request(z.array(status), route`/rest/api/3/status`), projects(request)]);
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    fields: site.fields.map((f) => ({ id: f.id, name: f.name, type: f.schema?.type ?? null, custom: f.custom ?? f.id.startsWith('customfield_') })).sort(byName),
    linkTypes: site.linkTypes.map((t) => ({ name: t.name, inward: t.inward, outward: t.outward })).sort(byName),
    issueTypes: site.issueTypes.map((t) => ({ name: t.name, subtask: t.subtask ?? false })).sort(byName),
    statuses: [...new Map(statuses.map((s) => [s.name, { name: s.name, category: s.statusCategory?.key ?? null }])).values()].sort(byName),
    projects: visible,
  };
}
