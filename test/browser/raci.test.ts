/**
 * The RACI tab in Chromium against the sandbox, for the demo site's WEB project as Priya: findings above the
 * matrix, one row per deliverable and one column per person as the resolver answers, R/A/C/I cells with words
 * for screen readers, arrow keys between cells, issue keys that link to the issue, markup in summaries shown as
 * text, and the Publish to Confluence panel mounted at the top.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { raciResult, type RaciResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type DemoUser } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
const MARKUP = '<img src=x onerror="window.__pwned=1"> Launch & "go-live" ]]> مرحبا 🚀';

let harness: Harness;
let raci: RaciResult;

const raciAs = (user: DemoUser, projectKey: string): Promise<RaciResult> => invokeAs(harness, 'raci/get', { projectKey }, projectPage(user.accountId, { key: projectKey }), raciResult);

beforeAll(async () => {
  harness = await startHarness(snapshot);
  const epic = harness.sandbox.site.state.issues.find((i) => i.fields.project.key === 'WEB' && i.fields.issuetype.name === 'Epic');
  if (!epic) throw new Error('the demo has no WEB epic');
  epic.fields.summary = MARKUP;
  raci = await raciAs(PRIYA, 'WEB');
});
afterAll(async () => {
  await harness?.close();
});

async function openTab(user: DemoUser = PRIYA, project = 'WEB'): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: user.emailAddress, project, module: 'keel-project-page' });
  const frame = page.frameLocator('iframe.module-frame');
  await frame.getByRole('tab', { name: 'RACI' }).click();
  await frame.getByTestId('raci-table').waitFor({ timeout: 25_000 });
  return { page, frame };
}

describe('RACI tab', () => {
  it('shows the findings, then a row per deliverable and a column per person as the resolver answers', async () => {
    const { page, frame } = await openTab();
    const table = frame.getByTestId('raci-table');
    const keys = await table.locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(keys).toEqual(raci.rows.map((r) => r.key));
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['Deliverable', ...raci.people.map((p) => `${p.displayName}${p.active ? '' : ' (deactivated)'}`)]);
    await expect(frame.getByText('Every deliverable has one Accountable').count()).resolves.toBe(raci.findings.length === 0 ? 1 : 0);
    await expect(frame.getByTestId('publish-button').count()).resolves.toBe(1);
    await harness.screenshot(page, 'raci-matrix');
  });

  it('labels each cell with the person and their roles in words, letters as the legend says', async () => {
    const { frame } = await openTab();
    const row = raci.rows[0];
    const accountable = row?.accountable[0];
    if (!row || !accountable) throw new Error('the first WEB deliverable has no Accountable');
    const col = raci.people.findIndex((p) => p.accountId === accountable.accountId) + 2;
    const cell = frame.locator(`tr[data-key="${row.key}"] td:nth-child(${col})`);
    await expect(cell.getAttribute('aria-label')).resolves.toMatch(new RegExp(`^${accountable.displayName}: .*Accountable`));
    await expect(cell.textContent()).resolves.toContain('A');
    await expect(frame.getByRole('term').allTextContents()).resolves.toEqual(['R Responsible', 'A Accountable', 'C Consulted', 'I Informed']);
  });

  it('moves between cells with the arrow keys, starting from the first row header', async () => {
    const { frame } = await openTab();
    await frame.locator('tbody th[data-row="0"]').focus();
    await frame.locator('tbody th[data-row="0"]').press('ArrowRight');
    const focused = () => frame.locator(':focus').getAttribute('aria-label');
    await expect(focused()).resolves.toMatch(new RegExp(`^${raci.people[0]?.displayName ?? '?'}: `));
    await frame.locator(':focus').press('ArrowDown');
    await expect(frame.locator(':focus').getAttribute('data-row')).resolves.toBe('1');
    await frame.locator(':focus').press('Home');
    await expect(frame.locator(':focus').getAttribute('data-col')).resolves.toBe('0');
  });

  it('shows markup from Jira as text and links issue keys to the issue', async () => {
    const { frame } = await openTab();
    const marked = frame.locator('tbody th', { hasText: 'Launch & "go-live"' });
    await expect(marked.textContent()).resolves.toContain(MARKUP);
    await expect(frame.locator('tbody img').count()).resolves.toBe(0);
    const first = raci.rows[0]?.key ?? '';
    await expect(frame.locator(`tr[data-key="${first}"] a`).first().getAttribute('href')).resolves.toBe(`${harness.sandbox.url}/browse/${first}`);
    expect(harness.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });

  it('shows Aiko why the Platform matrix is not hers instead of an empty table', async () => {
    const page = await harness.open({ user: DEMO_USERS.aiko.emailAddress, project: 'PLAT', module: 'keel-project-page' });
    const frame = page.frameLocator('iframe.module-frame');
    await frame.getByRole('tab', { name: 'RACI' }).click();
    const error = frame.getByText('Keel could not load the RACI matrix of PLAT');
    await error.waitFor({ timeout: 25_000 });
    await expect(frame.getByText(/do not have permission to browse it/).count()).resolves.toBe(1);
    await expect(frame.getByTestId('raci-table').count()).resolves.toBe(0);
    await harness.screenshot(page, 'raci-aiko-plat');
  });
});
