/**
 * app-count-to-compare.ts: the macros' app count is Jira's count as the app, asked once per invocation with the
 * viewer's (invocation-memo.ts); one the app cannot make (Jira unreachable as the app, a refusal, a 5xx past its
 * retry) is null, so a comparison never takes the reader to see everything; a programming error still throws.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { productRequest, type ProductRequest } from '../../src/adapters/product-request';
import type { ProductFetch } from '../../src/adapters/product-fetch';
import { appCountToCompare } from '../../src/resolvers/app-count-to-compare';
import { invocationMemo, memoisedCounts } from '../../src/use-cases/invocation-memo';
import { seesWholeProject } from '../../src/use-cases/viewer-levels';
import { defaultSettings } from '../../src/config/settings';

const answering = (count: number, asked: string[] = []): ProductFetch => (path, init) => {
  asked.push(`${path.value} ${init?.body ?? ''}`);
  return Promise.resolve(new Response(JSON.stringify({ count }), { status: 200 }));
};
const request = (fetch: ProductFetch): ProductRequest => productRequest({ product: 'Jira', fetch, sleep: () => Promise.resolve(), retry: { maxRetries: 0 } });

describe('appCountToCompare', () => {
  it("is the app's count of the query", async () => {
    await expect(appCountToCompare(request(answering(42)))('project = "PAY"')).resolves.toBe(42);
  });

  it('is null when the app cannot count: unreachable, refused, or failing', async () => {
    const thrown: ProductFetch = () => Promise.reject(new Error('Jira is not installed on this site'));
    const refused: ProductFetch = () => Promise.resolve(new Response('{"errorMessages":["no"]}', { status: 403 }));
    const failing: ProductFetch = () => Promise.resolve(new Response('', { status: 503 }));
    for (const fetch of [thrown, refused, failing]) await expect(appCountToCompare(request(fetch))('project = "PAY"')).resolves.toBeNull();
  });

  it('takes a reader to see the whole project only when their count equals it, and never without it', async () => {
    const viewer = request(answering(40));
    const ports = (app: number | null) => ({ viewerJira: viewer, appJira: null, loadSettings: () => Promise.resolve(defaultSettings), memo: invocationMemo(), ...(app === null ? {} : { appCountToCompare: appCountToCompare(request(answering(app))) }) });
    await expect(seesWholeProject(memoisedCounts(ports(40)), 'PAY')).resolves.toBe(true);
    await expect(seesWholeProject(memoisedCounts(ports(41)), 'PAY')).resolves.toBe(false);
    await expect(seesWholeProject(memoisedCounts(ports(null)), 'PAY')).resolves.toBe(false);
    const unreachable = { ...ports(null), appCountToCompare: appCountToCompare(request(() => Promise.reject(new Error('no Jira')))) };
    await expect(seesWholeProject(memoisedCounts(unreachable), 'PAY')).resolves.toBe(false);
  });

  it('is asked once per invocation for the same query', async () => {
    const asked: string[] = [];
    const ports = { viewerJira: request(answering(40)), appJira: null, loadSettings: () => Promise.resolve(defaultSettings), memo: invocationMemo(), appCountToCompare: appCountToCompare(request(answering(40, asked))) };
    const counts = memoisedCounts(ports);
    await Promise.all([counts.appCount('project = "PAY"'), counts.appCount('project = "PAY"')]);
    await counts.appCount('project = "PAY"');
    expect(asked).toHaveLength(1);
  });
});
