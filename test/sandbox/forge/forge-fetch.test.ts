import { afterAll, describe, it, jest } from '@jest/globals';
import { expect } from '../../expect';
import { echoSite } from './echo-site';
import { installForgeRuntime } from './install-forge-runtime';

const site = echoSite();
const runtime = installForgeRuntime({ site, scopes: ['read:jira-work'] });
// Imported after the hooks exist, as the app's modules will be.
const { default: api, route, getAppContext, ProxyRequestError } = jest.requireActual<typeof import('@forge/api')>('@forge/api');

afterAll(() => runtime.uninstall());

const echo = (response: { json(): Promise<unknown> }): Promise<unknown> => response.json();

describe('__forge_fetch__ routing with the real @forge/api', () => {
  it('sends asUser(accountId).requestJira to the site as that user', async () => {
    const response = await api.asUser('user-alice').requestJira(route`/rest/api/3/myself`);
    expect(response.status).toBe(200);
    expect(await echo(response)).toMatchObject({ product: 'jira', method: 'GET', path: '/rest/api/3/myself', principal: { type: 'user', accountId: 'user-alice' } });
  });

  it('sends asApp() requests as the app, to Jira and Confluence', async () => {
    await api.asApp().requestJira(route`/rest/api/3/project/${'KEEL'}`);
    await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${'42'}`);
    expect(site.requests.slice(-2).map((r) => [r.product, r.path, r.principal])).toEqual([
      ['jira', '/rest/api/3/project/KEEL', { type: 'app' }],
      ['confluence', '/wiki/api/v2/pages/42', { type: 'app' }],
    ]);
  });

  it('treats the provider-less api.requestJira as the app', async () => {
    await api.requestJira(route`/rest/api/3/serverInfo`);
    expect(site.requests.at(-1)?.principal).toEqual({ type: 'app' });
  });

  it('passes method, headers and body through', async () => {
    await api.asUser('user-bob').requestJira(route`/rest/api/3/search/jql`, {
      method: 'post',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ jql: 'project = KEEL' }),
    });
    const request = site.requests.at(-1);
    expect(request).toMatchObject({ method: 'POST', body: '{"jql":"project = KEEL"}' });
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('refuses asUser() outside a user invocation as Forge does: a proxy error, not a request', async () => {
    const before = site.requests.length;
    const failure = api.asUser().requestJira(route`/rest/api/3/myself`);
    await expect(failure).rejects.toBeInstanceOf(ProxyRequestError);
    await expect(failure).rejects.toMatchObject({ status: 401, errorCode: 'NO_USER_CONTEXT' });
    expect(site.requests.length).toBe(before);
  });

  it('answers a clear proxy error for remotes the sandbox does not emulate', async () => {
    await expect(api.asApp().requestBitbucket(route`/2.0/repositories`)).rejects.toMatchObject({ errorCode: 'SANDBOX_UNSUPPORTED_REMOTE' });
    await expect(api.asUser('user-alice').requestGraph('{ me { user { name } } }')).rejects.toMatchObject({ status: 400, errorCode: 'SANDBOX_UNSUPPORTED_REMOTE' });
  });

  it("fails the 101st product fetch of one invocation as Forge's proxy does, and counts afresh in the next", async () => {
    const fetches = async (n: number) => {
      for (let i = 0; i < n; i++) await api.asApp().requestJira(route`/rest/api/3/serverInfo`);
    };
    await runtime.fireTrigger(async () => {
      await fetches(60);
      await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${'42'}`);
      await fetches(39);
      const before = site.requests.length;
      const failure = api.asApp().requestJira(route`/rest/api/3/serverInfo`);
      await expect(failure).rejects.toBeInstanceOf(ProxyRequestError);
      await expect(failure).rejects.toMatchObject({ status: 429, errorCode: 'FETCH_LIMIT_EXCEEDED' });
      expect(site.requests.length).toBe(before);
    }, {});
    await runtime.fireTrigger(() => fetches(100), {});
  });

  it('answers getAppContext from the runtime', () => {
    const context = getAppContext();
    expect(context.appAri.toString()).toBe(`ari:cloud:ecosystem::app/${runtime.appId}`);
    expect(context.environmentType).toBe('DEVELOPMENT');
    expect(context.permissions?.scopes).toEqual(['read:jira-work']);
    expect(context.invocationRemainingTimeInMillis()).toBeGreaterThan(0);
  });
});
