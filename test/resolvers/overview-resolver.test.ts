/**
 * The project page's `overview/get` resolver end to end: the app's real code and the real @forge packages
 * against the sandbox serving the demo site, answers checked against Atlassian's OpenAPI specs.
 */
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { OverviewResult, ResolverResult } from '../../src/contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { installForgeRuntime, type ForgeRuntime } from '../sandbox/forge/install-forge-runtime';
import type { ResolverHandler } from '../sandbox/forge/invoke-resolver';
import { createSite } from '../sandbox/site';
import type { Snapshot } from '../sandbox/snapshot-schema';

const snapshot: Snapshot = demoSnapshot({ today: '2026-11-16' });
const site = createSite(snapshot, { validateResponses: true });
let runtime: ForgeRuntime;
let resolver: ResolverHandler;

function accountOf(name: string): string {
  const user = snapshot.users.find((u) => u.displayName.startsWith(name));
  if (!user) throw new Error(`demo user ${name} missing`);
  return user.accountId;
}

async function overview(projectKey: unknown, accountId: string | undefined): Promise<ResolverResult<OverviewResult>> {
  // The resolver's answer crosses the wire as JSON; its shape is the contract's.
  return (await runtime.invokeResolver(resolver, {
    functionKey: 'overview/get',
    payload: { projectKey },
    ...(accountId === undefined ? {} : { accountId }),
    extension: { type: 'jira:projectPage', project: { key: projectKey } },
  })) as ResolverResult<OverviewResult>;
}

function data(result: ResolverResult<OverviewResult>): OverviewResult {
  if (!result.ok) throw new Error(`resolver failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}

function failure(result: ResolverResult<OverviewResult>): string {
  return result.ok ? 'ok' : `${result.error.code} ${result.error.message}`;
}

beforeAll(async () => {
  runtime = installForgeRuntime({ site });
  // Imported after the runtime is installed, as Forge loads the app.
  ({ resolver } = await import('../../src/index'));
});

describe('overview/get', () => {
  it("counts the project's issues by type exactly as the site holds them", async () => {
    const result = data(await overview('PAY', accountOf('Priya')));
    const payIssues = snapshot.issues.filter((i) => i.fields.project.key === 'PAY');
    expect(result.issueCount).toBe(payIssues.length);
    const expectedByType = new Map<string, number>();
    for (const issue of payIssues) expectedByType.set(issue.fields.issuetype.name, (expectedByType.get(issue.fields.issuetype.name) ?? 0) + 1);
    expect(new Map(result.byType.map((t) => [t.type, t.total]))).toEqual(expectedByType);
    expect(result.project).toEqual({ key: 'PAY', name: 'Payment gateway integration' });
    expect(site.specViolations).toEqual([]);
  });

  it('finds the deliberate mess of the demo: cross-project links, a duplicate link, unestimated work', async () => {
    const kinds = data(await overview('PAY', accountOf('Priya'))).findings.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(['missing-estimate', 'link-outside-scope', 'duplicate-link', 'link-not-visible']));
  });

  it('shows a user who may not browse Platform fewer links, and tells them some are hidden', async () => {
    const priya = data(await overview('PAY', accountOf('Priya')));
    const aiko = data(await overview('PAY', accountOf('Aiko')));
    const outside = (r: OverviewResult) => r.findings.find((f) => f.kind === 'link-outside-scope')?.count ?? 0;
    const hidden = (r: OverviewResult) => r.findings.find((f) => f.kind === 'link-not-visible')?.count ?? 0;
    expect(outside(aiko)).toBeLessThan(outside(priya));
    expect(hidden(aiko)).toBeGreaterThan(hidden(priya));
    expect(JSON.stringify(aiko)).not.toMatch(/PLAT-\d+/);
  });

  it('refuses an anonymous viewer with a message saying to sign in', async () => {
    const result = await overview('PAY', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('names a bad project key and a project the user cannot browse', async () => {
    expect(failure(await overview('pay; drop', accountOf('Priya')))).toMatch(/^BAD_REQUEST .*projectKey/);
    expect(failure(await overview('PLAT', accountOf('Aiko')))).toMatch(/^NOT_FOUND Project PLAT was not found/);
  });

  it('rides out a burst of 429s with Retry-After', async () => {
    site.addFault({ kind: 'rateLimit', count: 2, retryAfterSeconds: 0, pathPattern: /search\/jql/ });
    const result = data(await overview('WEB', accountOf('Priya')));
    expect(result.issueCount).toBeGreaterThan(0);
    site.clearFaults();
  });

  it('says what is wrong when the stored settings are broken, instead of computing with a guess', async () => {
    const { kvs } = await import('@forge/kvs');
    await kvs.set('settings:global', { version: 1, durationSource: 'tea leaves' });
    const result = await overview('WEB', accountOf('Priya'));
    await kvs.delete('settings:global');
    expect(failure(result)).toMatch(/^INVALID_SETTINGS .*durationSource/);
  });
});
