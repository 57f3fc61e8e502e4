/**
 * An issue's worklogs through `GET /rest/api/3/issue/{key}/worklog`, paged with startAt/total, as the domain's
 * `Worklog` (day it started, hours, author). Only the fields earned value needs are parsed.
 */
import { route } from '@forge/api';
import { z } from 'zod';
import type { Worklog } from '../../domain/evm/time-phased';
import type { ProductRequest } from '../product-request';

const worklogPage = z.looseObject({
  startAt: z.number(),
  maxResults: z.number(),
  total: z.number(),
  worklogs: z.array(
    z.looseObject({
      started: z.string().regex(/^\d{4}-\d{2}-\d{2}/),
      timeSpentSeconds: z.number(),
      author: z.looseObject({ accountId: z.string() }).optional(),
    }),
  ),
});

export interface FetchedWorklogs {
  worklogs: Worklog[];
  /** Pages fetched (each one a product fetch). */
  fetches: number;
}

/** Every worklog of `key`; stops early (leaving the rest out) once `maxFetches` pages were read. */
export async function fetchWorklogs(request: ProductRequest, key: string, maxFetches = Number.POSITIVE_INFINITY): Promise<FetchedWorklogs> {
  const worklogs: Worklog[] = [];
  let fetches = 0;
  for (let startAt = 0; fetches < maxFetches; ) {
    const page = await request(worklogPage, route`/rest/api/3/issue/${key}/worklog?startAt=${String(startAt)}&maxResults=5000`);
    fetches += 1;
    for (const log of page.worklogs) {
      worklogs.push({ key, date: log.started.slice(0, 10), hours: log.timeSpentSeconds / 3600, personId: log.author?.accountId ?? null });
    }
    startAt += page.worklogs.length;
    if (page.worklogs.length === 0 || startAt >= page.total) break;
  }
  return { worklogs, fetches };
}
