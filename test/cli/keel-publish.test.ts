/**
 * `keel publish` over HTTP against a running sandbox with an API token, the way it publishes to a real site;
 * the same use case as the app's "Publish to Confluence" button.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { startProductServer } from '../sandbox/http/product-listener';
import { createSite } from '../sandbox/site';
import { keelWith } from './run-keel';

// The token as a person should give it: in the environment, not on the command line.
const keel = (...args: string[]) => keelWith({ env: { KEEL_TOKEN: 'any-token' } }, ...args);

const site = createSite(demoSnapshot({ today: '2026-11-16' }), { validateResponses: true });
let server: { url: string; close(): Promise<void> };
const as = (email: string) => ['--site', server.url, '--email', `${email}@keel-demo.example`];

beforeAll(async () => {
  server = await startProductServer(site);
});
afterAll(async () => {
  await server.close();
  expect(site.specViolations).toEqual([]);
});

describe('keel publish', () => {
  it('creates the decision log page, then reports nothing changed on the second run', async () => {
    const first = await keel('publish', '--project', 'PAY', '--space', 'PMO', '--artefact', 'decisions', ...as('priya.natarajan'));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const pageId = /^page (\d+) "Decision log: .*\(PAY\)" in space PMO$/m.exec(first.stdout)?.[1];
    expect(pageId).toBeDefined();
    expect(first.stdout).toMatch(/^version 1 \(created\)$/m);
    expect(first.stdout).toMatch(/^changed true$/m);
    const page = site.state.confluence.pages.find((p) => p.id === pageId);
    expect((page?.version as { authorId?: string } | undefined)?.authorId).toBe(site.userByEmail('priya.natarajan@keel-demo.example'));

    const again = await keel('publish', '--project', 'PAY', '--space', 'PMO', '--artefact', 'decisions', ...as('marcus.webb'));
    expect(again.stdout).toContain(`page ${pageId ?? ''} `);
    expect(again.stdout).toMatch(/^version 1 \(unchanged: nothing was written\)$/m);
    expect(again.stdout).toMatch(/^changed false$/m);
  });

  it('publishes the RACI matrix under a parent page', async () => {
    const run = await keel('publish', '--project', 'WEB', '--space', 'PMO', '--parent', '163842', '--artefact', 'raci', ...as('priya.natarajan'));
    expect(run.code).toBe(0);
    const pageId = /^page (\d+) "RACI: /m.exec(run.stdout)?.[1];
    expect(site.state.confluence.pages.find((p) => p.id === pageId)?.parentId).toBe('163842');
  });

  it('finds its page again after someone renamed it, by the page’s content property (the CLI has no Forge storage)', async () => {
    const first = await keel('publish', '--project', 'PLAT', '--space', 'ENG', '--artefact', 'raci', ...as('sam.okafor'));
    const pageId = /^page (\d+) "RACI: /m.exec(first.stdout)?.[1];
    const page = site.state.confluence.pages.find((p) => p.id === pageId);
    if (!page) throw new Error(`no page in ${first.stdout}${first.stderr}`);
    page.title = 'Platform: who does what';
    const pages = site.state.confluence.pages.length;
    const again = await keel('publish', '--project', 'PLAT', '--space', 'ENG', '--artefact', 'raci', ...as('marcus.webb'));
    expect(again.stderr).toBe('');
    expect(again.stdout).toContain(`page ${pageId ?? ''} "Platform: who does what" in space ENG`);
    expect(site.state.confluence.pages.length).toBe(pages);
  });

  it('ends with one line and exit code 1 when Confluence refuses (a space the user cannot write to)', async () => {
    const run = await keel('publish', '--project', 'PAY', '--space', 'PMO', '--artefact', 'raci', ...as('lena.fischer'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^keel: You may not add pages to space PMO\. Ask a space admin/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('names every bad flag at once, with exit code 2', async () => {
    const run = await keel('publish', '--project', 'pay', '--space', 'P M O', '--parent', 'home', '--artefact', 'risks', '--snapshot', 'demo.json');
    expect(run.code).toBe(2);
    for (const problem of ['--project must be', '--space must be', '--parent must be', '--artefact must be raci or decisions', 'a snapshot file does not have']) expect(run.stderr).toContain(problem);
  });
});
