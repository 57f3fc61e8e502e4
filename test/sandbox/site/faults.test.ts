import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite } from '../fixtures/call-site';
import { smallSite } from '../fixtures/small-site';

const now = (): Date => new Date('2026-01-31T00:00:00Z');

describe('faults', () => {
  it('answers 429 with Retry-After and rate-limit headers for `count` matching requests', async () => {
    const site = createSite(smallSite(), { now });
    const { jira } = callSite(site);
    site.addFault({ kind: 'rateLimit', count: 2, retryAfterSeconds: 7, pathPattern: /\/search\/jql/ });
    expect((await jira('GET', '/field')).status).toBe(200);
    const limited = await jira('GET', '/search/jql?jql=project%3DPAY');
    expect(limited.status).toBe(429);
    expect(Object.fromEntries(['retry-after', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'ratelimit-reason'].map((h) => [h, limited.headers.get(h)]))).toEqual({
      'retry-after': '7', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-01-31T00:00Z', 'ratelimit-reason': 'jira-burst-based',
    });
    expect((await jira('GET', '/search/jql?jql=project%3DPAY')).status).toBe(429);
    expect((await jira('GET', '/search/jql?jql=project%3DPAY')).status).toBe(200);
    expect(site.requestLog.map((r) => r.status)).toEqual([200, 429, 429, 200]);
  });

  it('answers 5xx, 503 with Retry-After, until cleared', async () => {
    const site = createSite(smallSite(), { now });
    const { jira, confluence } = callSite(site);
    site.addFault({ kind: 'serverError', count: 1, status: 503, retryAfterSeconds: 3 });
    const failed = await confluence('GET', '/spaces');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('3');
    site.addFault({ kind: 'serverError', count: 5, status: 502 });
    expect((await jira('GET', '/myself')).status).toBe(502);
    site.clearFaults();
    expect((await jira('GET', '/myself')).status).toBe(200);
  });

  it('delays slow answers, then answers normally', async () => {
    const site = createSite(smallSite(), { now });
    site.addFault({ kind: 'slow', count: 1, delayMs: 120 });
    const started = Date.now();
    expect((await callSite(site).jira('GET', '/serverInfo')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
  });

  it('makes the next PUT to a page find it edited by someone else (409), then lets a re-read update win', async () => {
    const site = createSite(smallSite(), { now });
    const { confluence } = callSite(site);
    site.addFault({ kind: 'concurrentPageEdit', count: 1, pageId: '98305' });
    const put = (number: number) => confluence('PUT', '/pages/98305', 'bob', { id: '98305', status: 'current', title: 'Keel reports home', body: { representation: 'storage', value: '<p>x</p>' }, version: { number } });
    expect((await confluence('GET', '/pages/98305')).json).toMatchObject({ version: { number: 1 } });
    expect(await put(2)).toMatchObject({ status: 409, json: { errors: [{ title: 'Version must be incremented on update. Current version is: 2' }] } });
    expect((await put(3)).status).toBe(200);
  });
});
