/**
 * `keel analyze --site URL --email EMAIL --token TOKEN` over HTTP against a running sandbox, the way it
 * talks to a real Jira Cloud site with an API token.
 */
import { keel, keelWith } from './run-keel';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { z } from 'zod';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { startProductServer } from '../sandbox/http/product-listener';
import { createSite } from '../sandbox/site';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const site = createSite(snapshot, { validateResponses: true });
let server: { url: string; close(): Promise<void> };


beforeAll(async () => {
  server = await startProductServer(site);
});
afterAll(async () => {
  await server.close();
});

describe('keel analyze --site', () => {
  it('reads the project over HTTP with basic auth and counts what that user may see', async () => {
    const run = await keelWith({ env: { KEEL_TOKEN: 'any-token' } }, 'analyze', '--project', 'WEB', '--site', server.url, '--email', 'priya.natarajan@keel-demo.example');
    expect(run.stderr).toBe('');
    const result = z
      .object({ source: z.object({ kind: z.literal('site') }), overview: z.object({ issueCount: z.number(), hiddenLinksChecked: z.boolean() }) })
      .parse(JSON.parse(run.stdout));
    expect(result.overview.issueCount).toBe(snapshot.issues.filter((i) => i.fields.project.key === 'WEB').length);
    // With an API token Keel cannot act as the app, so it does not claim to have checked hidden links.
    expect(result.overview.hiddenLinksChecked).toBe(false);
    expect(site.requestLog.some((r) => r.path.startsWith('/rest/api/3/search/jql') && r.principal.type === 'user')).toBe(true);
  });

  it("passes on Jira's refusal of an unknown account in one line", async () => {
    const run = await keelWith({ env: { JIRA_API_TOKEN: 'x' } }, 'analyze', '--project', 'WEB', '--site', server.url, '--email', 'nobody@example.com');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^keel: Jira answered 401/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('issue 12, robustness: the CLI reads the token from KEEL_TOKEN, JIRA_API_TOKEN or stdin; --token still works, with a warning', async () => {
    const args = ['analyze', '--project', 'WEB', '--site', server.url, '--email', 'priya.natarajan@keel-demo.example'];
    const stdin = await keelWith({ input: 'any-token\n' }, ...args, '--token-stdin');
    expect(stdin.stderr).toBe('');
    expect(stdin.code).toBe(0);
    const flag = await keel(...args, '--token', 'any-token');
    expect(flag.code).toBe(0);
    expect(flag.stderr).toMatch(/^keel: warning: --token shows the API token to ps and shell history; set KEEL_TOKEN/);
    const none = await keel(...args);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--site needs an Atlassian API token: set KEEL_TOKEN (or JIRA_API_TOKEN), or pipe it in with --token-stdin');
  });

  it('issue 12, robustness: the CLI shows progress on long --site reads, on stderr', async () => {
    const run = await keelWith({ env: { KEEL_TOKEN: 'any-token', KEEL_PROGRESS: '1' } }, 'analyze', '--project', 'PAY', '--site', server.url, '--email', 'priya.natarajan@keel-demo.example');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^keel: 10 requests to ${server.url.replace(/[.]/g, '\\.')} so far \\(\\d+\\.\\d s\\)$`, 'm'));
    expect(JSON.parse(run.stdout)).toMatchObject({ project: { key: 'PAY' } });
  });
});
