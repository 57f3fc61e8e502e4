/**
 * The Decisions tab in Chromium against the sandbox, for the demo site's PAY project: the log newest first with
 * status lozenges, owners, dates, outcomes and "superseded by"; the Record a decision form showing every problem
 * next to its field at once, then creating the issue, which the log shows (markup as text); a problem only Jira
 * can see (an issue Aiko may not browse) shown above the buttons, nothing created.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { decisionsResult, resolvers, type DecisionsResult } from '@contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type DemoUser } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
const TITLE = 'Adopt <b>3-D Secure</b> & "SCA" ]]> everywhere 🚀';

let harness: Harness;
let log: DecisionsResult;

const decisionsAs = (user: DemoUser, projectKey: string): Promise<DecisionsResult> => invokeAs(harness, 'decisions/get', { projectKey }, projectPage(user.accountId, { key: projectKey }), decisionsResult);

beforeAll(async () => {
  harness = await startHarness(snapshot);
  log = await decisionsAs(PRIYA, 'PAY');
});
afterAll(async () => {
  await harness?.close();
});

async function openTab(user: DemoUser = PRIYA, project = 'PAY'): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: user.emailAddress, project, module: 'keel-project-page' });
  const frame = page.frameLocator('iframe.module-frame');
  await frame.getByRole('tab', { name: 'Decisions' }).click();
  await frame.getByTestId('decision-table').waitFor({ timeout: 25_000 });
  return { page, frame };
}

const rowKeys = (frame: FrameLocator) => frame.getByTestId('decision-table').locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));

describe('Decisions tab', () => {
  it('lists the decisions newest first with status, owner, date, outcome and superseded by', async () => {
    const { page, frame } = await openTab();
    expect(await rowKeys(frame)).toEqual(log.decisions.map((d) => d.key));
    const replaced = log.decisions.find((d) => d.supersededBy.length > 0);
    if (!replaced) throw new Error('the PAY demo has no superseded decision');
    const row = frame.locator(`tr[data-key="${replaced.key}"]`);
    await expect(row.textContent()).resolves.toContain(`superseded by ${replaced.supersededBy.join(', ')}`);
    await expect(row.locator('[data-status]').getAttribute('data-status')).resolves.toBe(replaced.status);
    await expect(row.locator('.keel-lozenge').textContent()).resolves.toBe(replaced.statusName);
    const first = log.decisions[0];
    const firstRow = frame.locator(`tr[data-key="${first?.key ?? ''}"]`);
    await expect(firstRow.textContent()).resolves.toContain(first?.owner?.displayName ?? 'nobody');
    await expect(firstRow.textContent()).resolves.toContain(first?.date ?? '?');
    await expect(frame.getByTestId('publish-button').count()).resolves.toBe(1);
    await harness.screenshot(page, 'decisions-log');
  });

  it('shows every form problem next to its field at once, then records the decision and lists it', async () => {
    const { page, frame } = await openTab();
    await frame.getByRole('button', { name: 'Record a decision' }).click();
    const form = frame.getByTestId('record-decision-form');
    await form.getByLabel('Status').selectOption('decided');
    await form.getByLabel('Supersedes').fill('sixteen');
    await form.getByRole('button', { name: 'Record decision' }).click();
    const problems = await form.locator('.keel-form-problem[data-field]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-field'), e.textContent]));
    expect(problems).toEqual([
      ['title', 'give the decision a title'],
      ['outcome', 'a decided decision needs its outcome'],
      ['supersedes', 'use issue keys such as WEB-12'],
    ]);
    await expect(form.getByLabel('Title').getAttribute('aria-invalid')).resolves.toBe('true');
    await harness.screenshot(page, 'decisions-form-problems');

    const old = log.decisions.find((d) => d.status === 'decided')?.key ?? '';
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Context').fill('Card issuers require strong customer authentication.');
    await form.getByLabel('Options considered').fill('3-D Secure 2 everywhere\nOnly above 30 EUR');
    await form.getByLabel('Outcome').fill('3-D Secure 2 on every payment.');
    await form.getByLabel('Supersedes').fill(old.toLowerCase());
    await form.getByLabel('Relates to').fill('PAY-2');
    await form.getByLabel('Find another owner').fill('Ruth');
    await form.getByRole('button', { name: 'Ruth Adeyemi' }).click();
    await expect(form.getByTestId('decision-owner').textContent()).resolves.toContain('Ruth Adeyemi');
    await form.getByRole('button', { name: 'Record decision' }).click();
    const notice = frame.getByTestId('recorded-decision');
    await notice.waitFor({ timeout: 25_000 });
    const key = (await notice.locator('a').textContent()) ?? '';
    expect(key).toMatch(/^PAY-\d+$/);
    const row = frame.locator(`tr[data-key="${key}"]`);
    await row.waitFor({ timeout: 25_000 });
    await expect(row.locator('.keel-decision-title').textContent()).resolves.toBe(TITLE);
    await expect(row.locator('b').count()).resolves.toBe(0);
    await expect(row.textContent()).resolves.toContain(`supersedes ${old}`);
    await expect(row.textContent()).resolves.toContain('Ruth Adeyemi');
    await expect(frame.locator(`tr[data-key="${old}"]`).textContent()).resolves.toContain(`superseded by ${key}`);
    expect(harness.sandbox.site.state.issues.find((i) => i.key === key)?.fields.summary).toBe(TITLE);
    await harness.screenshot(page, 'decisions-recorded');
  });

  it("shows Jira's refusal above the buttons and creates nothing when Aiko links an issue she cannot see", async () => {
    const aiko = DEMO_USERS.aiko;
    const { frame } = await openTab(aiko, 'PAY');
    const before = harness.sandbox.site.state.issues.length;
    await frame.getByRole('button', { name: 'Record a decision' }).click();
    const form = frame.getByTestId('record-decision-form');
    await form.getByLabel('Title').fill('Share the platform gateway');
    await form.getByLabel('Relates to').fill('PLAT-1');
    await form.getByRole('button', { name: 'Record decision' }).click();
    const failure = form.getByTestId('record-decision-failure');
    await failure.waitFor({ timeout: 25_000 });
    await expect(failure.textContent()).resolves.toContain('PLAT-1 was not found, or you cannot see it');
    expect(harness.sandbox.site.state.issues.length).toBe(before);
    expect(harness.consoleErrors.filter((e) => !/favicon|Failed to load resource/.test(e))).toEqual([]);
  });
});

describe('Decisions in the issue panel', () => {
  it('lists the decisions linked to the issue, records one related to it and updates the published log page', async () => {
    await invokeAs(harness, 'decisions/publish', { projectKey: 'PAY', spaceKey: 'PMO' }, projectPage(PRIYA.accountId, { key: 'PAY' }), resolvers['decisions/publish'].result);
    const linked = log.decisions.find((d) => d.linkedKeys.length > 0);
    const issueKey = linked?.linkedKeys[0] ?? '';
    const page = await harness.open({ user: PRIYA.emailAddress, project: 'PAY', issue: issueKey, module: 'keel-issue-panel' });
    const section = page.frameLocator('iframe.module-frame').getByTestId('issue-decisions');
    await section.locator(`li[data-key="${linked?.key ?? ''}"]`).waitFor({ timeout: 25_000 });
    const shown = await section.locator('li[data-key]').evaluateAll((items) => items.map((i) => i.getAttribute('data-key')));
    expect(shown).toEqual(log.decisions.filter((d) => d.linkedKeys.includes(issueKey) || d.supersedes.includes(issueKey) || d.supersededBy.includes(issueKey)).map((d) => d.key));
    await section.getByRole('button', { name: 'Record a decision' }).click();
    const form = section.getByTestId('record-decision-form');
    await expect(form.getByLabel('Relates to').inputValue()).resolves.toBe(issueKey);
    await form.getByLabel('Title').fill('Keep the gateway timeout at 30 s');
    await form.getByRole('button', { name: 'Record decision' }).click();
    const notice = section.getByTestId('recorded-decision');
    await notice.waitFor({ timeout: 25_000 });
    const key = (await notice.locator('a').textContent()) ?? '';
    await section.locator(`li[data-key="${key}"]`).waitFor({ timeout: 25_000 });
    const pageNote = section.getByTestId('decision-page-note');
    await pageNote.waitFor({ timeout: 25_000 });
    await expect(pageNote.textContent()).resolves.toMatch(/in Confluence was updated \(version \d+\)/);
    const pages = JSON.stringify(harness.sandbox.site.state.confluence.pages);
    expect(pages).toContain('Keep the gateway timeout at 30 s');
    await harness.screenshot(page, 'decisions-issue-panel');
  });
});
