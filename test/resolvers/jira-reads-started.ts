/**
 * Jira as a demo user, through the app's real `productRequest` and the sandbox's `asUser`, recording each read as
 * it starts with how many others were in flight then: a test of which reads a use case makes at once.
 */
import type { ProductFetch } from '../../src/adapters/product-fetch';
import type { ProductRequest } from '../../src/adapters/product-request';

export interface ReadStarted {
  /** The path without its query, e.g. `/rest/api/3/field`. */
  path: string;
  /** Reads still in flight when this one started. */
  alongside: number;
}

export async function jiraRecordingStarts(accountId: string): Promise<{ viewerJira: ProductRequest; started: ReadStarted[] }> {
  const api = (await import('@forge/api')).default;
  const { productRequest } = await import('../../src/adapters/product-request');
  let inFlight = 0;
  const started: ReadStarted[] = [];
  const fetch: ProductFetch = async (path, init) => {
    started.push({ path: path.value.split('?')[0] ?? '', alongside: inFlight });
    inFlight += 1;
    try {
      return await api.asUser(accountId).requestJira(path, init);
    } finally {
      inFlight -= 1;
    }
  };
  return { viewerJira: productRequest({ product: 'Jira', fetch }), started };
}
