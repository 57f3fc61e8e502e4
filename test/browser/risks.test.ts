/**
 * The Risks tab in Chromium against the sandbox, for the demo site's PAY project as Priya: the register shows
 * the resolver's risks, sorts by score from the keyboard, filters to a heat-map cell, lists the schedule risks
 * the plan reveals with their evidence, and exports exactly the rows shown as `riskCsv` CSV. Aiko sees no
 * Platform issue; bad ratings and a project without risks are shown, not blank.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import type { RiskRegisterResult, ScoredRisk } from '@contract';
import { riskCsv, type RiskColumn } from '../../src/domain/risk/risk-csv';
import { resolverEnvelope } from '../../static/src/api/result-schemas';
import { riskRegisterResult } from '../../static/src/api/risk-schemas';
import { CF } from '../sandbox/demo/custom-fields';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type DemoUser } from '../sandbox/demo/users';
import { SCREENSHOT_DIR, startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
const PRIYA = DEMO_USERS.priya;
const AIKO = DEMO_USERS.aiko;
/** The demo maps no FMEA ratings, so the register shows no RPN column; the weighted score exports with its why. */
const SHOWN_CSV_COLUMNS: readonly RiskColumn[] = [
  'key', 'summary', 'category', 'owner', 'status', 'probability', 'impact', 'inherentScore', 'residualScore', 'weightedScore', 'weightReason', 'problems',
];

let harness: Harness;
let register: RiskRegisterResult;

/** The resolver's own answer, through the sandbox's invoke endpoint as the host page calls it. */
async function risksAs(user: DemoUser, projectKey = 'PAY', projectId = '10001'): Promise<RiskRegisterResult> {
  const response = await fetch(`${harness.sandbox.url}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      functionKey: 'risks/get',
      payload: { projectKey },
      context: { accountId: user.accountId, moduleKey: 'keel-project-page', extension: { type: 'jira:projectPage', project: { id: projectId, key: projectKey } } },
    }),
  });
  const envelope = resolverEnvelope.parse(await response.json());
  if (!envelope.ok) throw new Error(`risks/get failed: ${envelope.error.message}`);
  return riskRegisterResult.parse(envelope.data);
}

beforeAll(async () => {
  harness = await startHarness(snapshot);
  register = await risksAs(PRIYA);
});
afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
const table = (frame: FrameLocator) => frame.getByTestId('risk-table');
const rowKeys = (frame: FrameLocator) => table(frame).locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
const cellTexts = (frame: FrameLocator, column: string) => table(frame).locator(`td[data-column="${column}"]`).allTextContents();
const byKey = (risks: readonly ScoredRisk[], key: string): ScoredRisk => {
  const risk = risks.find((r) => r.key === key);
  if (!risk) throw new Error(`${key} is not in the resolver's answer`);
  return risk;
};

async function openTab(user: DemoUser = PRIYA, project = 'PAY'): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: user.emailAddress, project, module: 'keel-project-page' });
  const frame = app(page);
  await frame.getByRole('tab', { name: 'Risks' }).click();
  await frame.getByTestId('derived-risks').waitFor({ timeout: 25_000 });
  return { page, frame };
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CRLF ends a record. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    const next = text[i + 1];
    i += 1;
    if (quoted && c === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && next === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return records;
}

describe('Risks tab of PAY (Priya)', () => {
  it("lists the resolver's risks in its order, with scores, owners, flags and the flagged count", async () => {
    expect(register.risks.length).toBeGreaterThan(1);
    const { page, frame } = await openTab();
    expect(await rowKeys(frame)).toEqual(register.risks.map((r) => r.key));
    expect(await cellTexts(frame, 'inherentScore')).toEqual(register.risks.map((r) => String(r.inherentScore)));
    expect(await cellTexts(frame, 'owner')).toEqual(register.risks.map((r) => r.owner?.displayName ?? 'None'));
    expect(await table(frame).locator('button[data-column="rpn"]').count()).toBe(0);
    const untreated = await table(frame).locator('tr:has([data-flag="noTreatment"])').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? '').sort());
    expect(untreated).toEqual(register.flagged.withoutTreatment);
    const flagged = new Set([...register.flagged.withoutOwner, ...register.flagged.withoutTreatment, ...register.flagged.withoutReviewDate]);
    expect(await frame.getByTestId('flagged-count').textContent()).toBe(String(flagged.size));
    // Every column, flags and problems included, fits without scrolling sideways.
    expect(await frame.locator('.keel-risks .keel-table-scroll').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await harness.screenshot(page, 'risks-register');
  });

  it('sorts the register by score from the keyboard', async () => {
    const { frame } = await openTab();
    const button = table(frame).locator('button[data-column="inherentScore"]');
    const header = table(frame).locator('th', { has: frame.locator('button[data-column="inherentScore"]') });
    const scores = () => cellTexts(frame, 'inherentScore').then((t) => t.map(Number));
    await button.focus();
    await button.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await scores();
    expect(descending).toHaveLength(register.risks.length);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await button.press('Space');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await scores();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await table(frame).locator('caption').textContent()).toContain('sorted by score, ascending');
  });

  it('filters the register to a heat-map cell, by click and by Enter, and clears the filter', async () => {
    const open = register.risks.filter((r) => r.statusCategory !== 'done');
    const cells = register.heatMap.inherent.cells.flatMap((row, p) => row.map((count, i) => ({ p: p + 1, i: i + 1, count }))).filter((c) => c.count > 0);
    const [first, second] = cells;
    if (!first || !second) throw new Error('The demo site should have risks in two heat-map cells');
    const keysIn = (c: { p: number; i: number }) => open.filter((r) => r.probability === c.p && r.impact === c.i).map((r) => r.key).sort();
    const label = (c: { p: number; i: number; count: number }) => `Probability ${c.p}, impact ${c.i}: ${c.count} ${c.count === 1 ? 'risk' : 'risks'}`;

    const { page, frame } = await openTab();
    await frame.getByRole('button', { name: label(first), exact: true }).click();
    expect((await rowKeys(frame)).sort()).toEqual(keysIn(first));
    expect(keysIn(first)).toHaveLength(first.count);
    expect(await frame.getByTestId('cell-filter').textContent()).toContain(`probability ${first.p}, impact ${first.i}`);
    await harness.screenshot(page, 'risks-heat-filter');

    await frame.getByRole('button', { name: label(second), exact: true }).focus();
    await page.keyboard.press('Enter');
    expect((await rowKeys(frame)).sort()).toEqual(keysIn(second));
    expect(await frame.getByRole('button', { name: label(second), exact: true }).getAttribute('aria-pressed')).toBe('true');

    await frame.getByRole('button', { name: 'Clear filter' }).click();
    expect(await rowKeys(frame)).toEqual(register.risks.map((r) => r.key));
    expect(await frame.getByTestId('cell-filter').count()).toBe(0);

    await frame.getByLabel('Residual', { exact: true }).check();
    expect(await frame.getByTestId('unplaced').textContent()).toContain(`${register.heatMap.residual.unplaced} open`);
  });

  it('lists the schedule risks the plan reveals, with their evidence and issues', async () => {
    expect(register.derived.map((d) => d.kind)).toContain('dependency-cycle');
    const { frame } = await openTab();
    const items = frame.getByTestId('derived-risks').locator('li[data-kind]');
    expect(await items.count()).toBe(register.derived.length);
    for (const [index, risk] of register.derived.entries()) {
      const item = items.nth(index);
      expect(await item.getAttribute('data-kind')).toBe(risk.kind);
      expect(await item.getByTestId('derived-title').textContent()).toBe(risk.title);
      expect(await item.getByRole('list', { name: 'Evidence' }).getByRole('listitem').allTextContents()).toEqual(risk.evidence);
      expect(await item.locator('.keel-key').allTextContents()).toEqual(risk.issueKeys);
    }
    // The whole page is risks-register.png; this one is the section alone.
    await frame.getByTestId('derived-risks').screenshot({ path: join(SCREENSHOT_DIR, 'risks-derived.png') });
  });

  it('exports exactly the filtered, sorted rows and the columns shown, through riskCsv', async () => {
    const { page, frame } = await openTab();
    await frame.getByLabel('Flagged only').check();
    await frame.getByLabel('Status', { exact: true }).selectOption('Mitigating');
    await table(frame).locator('button[data-column="owner"]').click();
    const shown = await rowKeys(frame);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.length).toBeLessThan(register.risks.length);
    const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('keel-PAY-risks.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const rows = shown.map((key) => byKey(register.risks, key));
    expect(csv).toBe(riskCsv(rows, SHOWN_CSV_COLUMNS));
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual(['Key', 'Summary', 'Category', 'Owner', 'Status', 'Probability', 'Impact', 'Score', 'Residual score', 'Weighted score', 'Why weighted', 'Problems']);
    expect(records.map((r) => r[0])).toEqual(shown);
    expect(records.map((r) => r[3])).toEqual(rows.map((r) => r.owner?.displayName ?? ''));
    expect(records.map((r) => r[3])).toEqual([...records.map((r) => r[3])].sort((a, b) => (a ?? '').localeCompare(b ?? '')));
  });

  it('opens a risk in the host from its key', async () => {
    const { page, frame } = await openTab();
    const [first] = register.risks;
    await table(frame).locator(`tr[data-key="${first?.key ?? ''}"] .keel-key`).click();
    await page.waitForURL((url) => url.searchParams.get('issue') === first?.key);
  });

  it('never shows Aiko a Platform issue', async () => {
    const aiko = await risksAs(AIKO);
    expect(register.derived.some((d) => d.issueKeys.some((k) => k.startsWith('PLAT-')))).toBe(true);
    const { page, frame } = await openTab(AIKO);
    expect(await rowKeys(frame)).toEqual(aiko.risks.map((r) => r.key));
    expect(await frame.getByTestId('derived-risks').locator('li[data-kind]').count()).toBe(aiko.derived.length);
    expect(await frame.locator('body').innerText()).not.toMatch(/PLAT-\d+/);
    await harness.screenshot(page, 'risks-aiko');
  });

  it('never violated the Content-Security-Policy and logged no errors', () => {
    expect(harness.consoleErrors).toEqual([]);
  });
});

describe('Risks tab states', () => {
  it("shows the resolver's message and what to do when the viewer is not signed in", async () => {
    const page = await harness.open({ user: 'anonymous', project: 'PAY', module: 'keel-project-page' });
    await app(page).getByRole('tab', { name: 'Risks' }).click();
    const alert = app(page).getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('heading').textContent()).toBe('Keel could not load the risk register of PAY');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await harness.screenshot(page, 'risks-error');
  });

  it('lists risks with bad ratings or no owner with the problem shown', async () => {
    const { state } = harness.sandbox.site;
    const [textRisk, offScale] = register.risks.filter((r) => r.statusCategory !== 'done');
    if (!textRisk || !offScale) throw new Error('The demo site should have two open PAY risks');
    const fields = (key: string) => {
      const issue = state.issues.find((i) => i.key === key);
      if (!issue) throw new Error(`${key} is missing from the demo site`);
      return issue.fields;
    };
    fields(textRisk.key)[CF.riskProbability] = 'very likely';
    fields(offScale.key)[CF.riskImpact] = 7;
    fields(offScale.key)[CF.riskOwner] = null;
    const changed = await risksAs(PRIYA);
    const { page, frame } = await openTab();
    for (const key of [textRisk.key, offScale.key]) {
      const problems = byKey(changed.risks, key).problems;
      expect(problems.length).toBeGreaterThan(0);
      expect(await table(frame).locator(`tr[data-problems-for="${key}"] li`).allTextContents()).toEqual(problems);
      expect(await table(frame).locator(`tr[data-key="${key}"] td[data-column="problems"]`).textContent()).toBe(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`);
    }
    expect(await table(frame).locator(`tr[data-key="${offScale.key}"] [data-flag="noOwner"]`).count()).toBe(1);
    expect(await frame.getByTestId('unplaced').textContent()).toContain(`${changed.heatMap.inherent.unplaced} open`);
    await harness.screenshot(page, 'risks-problems');
  });

  it('tells the admin what to map when the project has no risks', async () => {
    const { state } = harness.sandbox.site;
    state.projects.push({ id: '10096', key: 'NORISK', name: 'No risks', projectTypeKey: 'software' });
    state.grants.push({ projectKey: 'NORISK', permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } });
    const template = state.issues.find((i) => i.key === 'PAY-8');
    if (!template) throw new Error('PAY-8 is missing from the demo site');
    const copy = structuredClone(template);
    Object.assign(copy, { id: '99101', key: 'NORISK-1', self: (template.self ?? '').replace(/\/[^/]+$/, '/99101') });
    Object.assign(copy.fields, { project: { ...copy.fields.project, id: '10096', key: 'NORISK', name: 'No risks' }, issuelinks: [], parent: undefined });
    state.issues.push(copy);
    const answer = await risksAs(PRIYA, 'NORISK', '10096');
    expect(answer.setupProblems.length).toBeGreaterThan(0);
    const { page, frame } = await openTab(PRIYA, 'NORISK');
    expect(await frame.getByTestId('setup-problems').locator('ul li').allTextContents()).toEqual(answer.setupProblems);
    await frame.getByText(`No risks in scope: create issues of type ${answer.riskIssueType} or map your risk type in Keel's settings.`).waitFor();
    expect(await frame.getByTestId('risk-table').count()).toBe(0);
    await harness.screenshot(page, 'risks-empty');
  });
});
