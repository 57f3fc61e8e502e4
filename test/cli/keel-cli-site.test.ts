/**
 * `keel analyze --site URL --email EMAIL --token TOKEN` over HTTP against a running sandbox, the way it
 * talks to a real Jira Cloud site with an API token.
 */
import { keel } from './run-keel';
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
    const run = await keel('analyze', '--project', 'WEB', '--site', server.url, '--email', 'priya.natarajan@keel-demo.example', '--token', 'any-token');
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
    const run = await keel('analyze', '--project', 'WEB', '--site', server.url, '--email', 'nobody@example.com', '--token', 'x');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^keel: Jira answered 401/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
