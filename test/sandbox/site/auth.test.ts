import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../expect';
import http from 'node:http';
import { createSite, principalFromAuthorization } from '../site';
import { productRequestListener, startProductServer } from '../http/product-listener';
import { smallSite, smallSiteUsers } from '../fixtures/small-site';

const site = createSite(smallSite());
const basic = (credentials: string): string => `Basic ${Buffer.from(credentials).toString('base64')}`;

describe('principalFromAuthorization', () => {
  it('reads a sandbox user from basic auth with any token', () => {
    expect(principalFromAuthorization(site, basic('bob@example.com:whatever'))).toEqual({ type: 'user', accountId: smallSiteUsers.bob.accountId });
    expect(principalFromAuthorization(site, basic('BOB@example.com:'))).toEqual({ type: 'user', accountId: smallSiteUsers.bob.accountId });
  });

  it('is anonymous without a header and unauthorized for unknown or malformed credentials', () => {
    expect(principalFromAuthorization(site, undefined)).toEqual({ type: 'anonymous' });
    expect(principalFromAuthorization(site, basic('mallory@example.com:token'))).toBe('unauthorized');
    expect(principalFromAuthorization(site, basic('no-colon'))).toBe('unauthorized');
    expect(principalFromAuthorization(site, 'Bearer abc')).toBe('unauthorized');
  });
});

describe('product HTTP server', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await startProductServer(site);
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers Jira and Confluence as the basic-auth user, 401 for unknown credentials', async () => {
    const myself = await fetch(`${server.url}/rest/api/3/myself`, { headers: { authorization: basic('carol@example.com:t') } });
    expect(await myself.json()).toMatchObject({ displayName: 'Carol Chen' });
    const denied = await fetch(`${server.url}/rest/api/3/myself`, { headers: { authorization: basic('mallory@example.com:t') } });
    expect(denied.status).toBe(401);
    expect(await denied.json()).toMatchObject({ errorMessages: [expect.any(String)] });
    const created = await fetch(`${server.url}/wiki/api/v2/pages/98305/properties`, {
      method: 'POST',
      headers: { authorization: basic('bob@example.com:t'), 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'k', value: 1 }),
    });
    expect(created.status).toBe(200);
    expect(site.requestLog.at(-1)).toMatchObject({ method: 'POST', path: '/wiki/api/v2/pages/98305/properties', status: 200, principal: { type: 'user' } });
  });

  it('leaves other paths to the caller', async () => {
    const listener = productRequestListener(site);
    const other = http.createServer((req, res) => {
      void listener(req, res).then((handled) => {
        if (!handled) res.writeHead(299).end('not mine');
      });
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const { port } = other.address() as { port: number };
    const answer = await fetch(`http://127.0.0.1:${port}/rest/api/2/myself`);
    expect([answer.status, await answer.text()]).toEqual([299, 'not mine']);
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });
});
