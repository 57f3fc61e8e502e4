/**
 * Status history through `GET /rest/api/3/issue/{key}/changelog` (paged, 100 a page) and the status
 * categories of `GET /rest/api/3/status`, read as dated moves between To Do, In Progress and Done.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { StatusChange } from '../../domain/evm/progress-history';
import type { StatusCategory } from '../../domain/work-item';
import type { ProductRequest } from '../product-request';

const changelogPage = z.looseObject({
  startAt: z.number(),
  total: z.number().optional(),
  isLast: z.boolean().optional(),
  values: z.array(
    z.looseObject({
      created: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
      items: z.array(z.looseObject({ field: z.string(), fieldId: z.string().optional(), to: z.string().optional() })),
    }),
  ),
});

const statuses = z.array(z.looseObject({ id: z.string(), statusCategory: z.looseObject({ key: z.string() }).optional() }));

function category(key: string | undefined): StatusCategory {
  if (key === 'done') return 'done';
  return key === 'indeterminate' ? 'inProgress' : 'todo';
}

/** Status id -> category, for every status on the site. */
export async function fetchStatusCategories(request: ProductRequest): Promise<Map<string, StatusCategory>> {
  const all = await request(statuses, route`/rest/api/3/status`);
  return new Map(all.map((s) => [s.id, category(s.statusCategory?.key)]));
}

export interface FetchedStatusChanges {
  changes: StatusChange[];
  fetches: number;
}

/** Every status change of `key`, oldest first; a status missing from `categories` counts as To Do. */
export async function fetchStatusChanges(
  request: ProductRequest,
  key: string,
  categories: ReadonlyMap<string, StatusCategory>,
  maxFetches = Number.POSITIVE_INFINITY,
): Promise<FetchedStatusChanges> {
  const changes: StatusChange[] = [];
  let fetches = 0;
  for (let startAt = 0; fetches < maxFetches; ) {
    const page = await request(changelogPage, route`/rest/api/3/issue/${key}/changelog?startAt=${String(startAt)}&maxResults=100`);
    fetches += 1;
    for (const history of page.values) {
      for (const item of history.items) {
        if ((item.fieldId ?? item.field) !== 'status' || item.to === undefined) continue;
        changes.push({ key, date: history.created.slice(0, 10), category: categories.get(item.to) ?? 'todo' });
      }
    }
    startAt += page.values.length;
    if (page.values.length === 0 || page.isLast === true || (page.total !== undefined && startAt >= page.total)) break;
  }
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { changes, fetches };
}
