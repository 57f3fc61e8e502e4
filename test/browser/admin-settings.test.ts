/**
 * Keel's two admin pages in Chromium against the sandbox (demo site): the global settings as Priya (a Jira
 * admin), fields chosen by name, every problem shown next to its field, the live preview, save, and an import
 * from another site refused with the fields named; Lena (no admin) is refused; PAY's own settings as Marcus
 * (PAY's administrator) fix PAY's durations with its "Story Points" field.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { FrameLocator, Page } from 'playwright-core';
import { defaultSettings } from '../../src/config/settings';
import { CF } from '../sandbox/demo/custom-fields';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS, type DemoUser } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';

const snapshot = demoSnapshot({ today: '2026-11-16' });
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(snapshot);
});
afterAll(async () => {
  await harness?.close();
});

const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
const row = (frame: FrameLocator, path: string) => frame.locator(`.keel-form-row[data-path="${path}"]`);

async function open(user: DemoUser, module: string, project = 'PAY'): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: user.emailAddress, project, module });
  const frame = app(page);
  await frame.locator('h1, .keel-state--error').first().waitFor({ timeout: 25_000 });
  return { page, frame };
}

/** The dotted path of every setting an admin sets (lists and tables count as one); not the version or the recorded field names. */
function settingPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length === 0) return [prefix];
  return Object.entries(value)
    .filter(([key]) => prefix !== '' || (key !== 'version' && key !== 'fieldNames'))
    .flatMap(([key, child]) => settingPaths(child, prefix === '' ? key : `${prefix}.${key}`));
}

/** Chooses an option of a picker by typing part of its name, as an admin would. */
async function pick(frame: FrameLocator, path: string, search: string, label: RegExp): Promise<void> {
  await row(frame, path).getByRole('searchbox').fill(search);
  const select = row(frame, path).locator('select');
  const option = select.locator('option').filter({ hasText: label }).first();
  await select.selectOption(await option.getAttribute('value') ?? '');
}

describe('the global settings page', () => {
  it('refuses Lena, who is not a Jira admin', async () => {
    const { page, frame } = await open(DEMO_USERS.lena, 'keel-admin-page');
    await expect(frame.locator('.keel-state--error').textContent()).resolves.toMatch(/Only Jira admins/);
    await harness.screenshot(page, 'admin-page-refused');
  });

  it('maps fields by name, shows every problem next to its field, previews and saves', async () => {
    const { page, frame } = await open(DEMO_USERS.priya, 'keel-admin-page');
    await pick(frame, 'fields.storyPoints', 'estimate', /^Story point estimate/);
    await row(frame, 'durationSource').locator('select').selectOption('storyPoints');
    await row(frame, 'calendar.hoursPerDay').locator('input').fill('30');
    await row(frame, 'evm.currency').locator('input').fill('EU');
    await expect(row(frame, 'calendar.hoursPerDay').locator('.keel-field-problem').textContent()).resolves.toContain('a day has at most 24 hours');
    await expect(row(frame, 'evm.currency').locator('.keel-field-problem').textContent()).resolves.toContain('use a three-letter currency code such as EUR');
    await expect(frame.getByRole('button', { name: 'Save settings' }).isDisabled()).resolves.toBe(true);
    await harness.screenshot(page, 'admin-page-problems');

    await row(frame, 'calendar.hoursPerDay').locator('input').fill('8');
    await row(frame, 'evm.currency').locator('input').fill('EUR');
    await frame.locator('.keel-admin__project select').selectOption('WEB');
    await frame.getByRole('button', { name: 'Preview the draft' }).click();
    const preview = frame.locator('.keel-preview__table');
    await preview.waitFor({ timeout: 25_000 });
    await expect(preview.locator('tr', { hasText: 'Issues with a duration' }).locator('td').allTextContents()).resolves.toHaveLength(2);
    await frame.getByRole('button', { name: 'Save settings' }).click();
    await frame.getByText('Saved: these settings are now in force.').waitFor({ timeout: 25_000 });
    await harness.screenshot(page, 'admin-page-saved');
  });

  it('detects the mappings from the site into the draft, with the reason for each', async () => {
    const { page, frame } = await open(DEMO_USERS.priya, 'keel-admin-page');
    await frame.getByRole('button', { name: 'Detect from this site' }).click();
    await frame.getByText(/^Detected from this site/).waitFor({ timeout: 25_000 });
    await expect(frame.locator('.keel-detection li', { hasText: 'fields.storyPoints' }).textContent()).resolves.toMatch(/Story [Pp]oint/);
    await harness.screenshot(page, 'admin-page-detected');
  });

  it('refuses a settings file from another site, naming the fields this site lacks', async () => {
    const { page, frame } = await open(DEMO_USERS.priya, 'keel-admin-page');
    const other = { ...defaultSettings, fields: { storyPoints: 'customfield_10399', startDate: null, dueDate: 'duedate' }, fieldNames: { customfield_10399: 'Story Points' } };
    await frame.getByTestId('import-file').setInputFiles({ name: 'other-site.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await frame.getByText(/^Not imported/).waitFor({ timeout: 25_000 });
    await expect(row(frame, 'fields.storyPoints').locator('.keel-field-problem').textContent()).resolves.toMatch(/"Story Points" \(customfield_10399\) does not exist on this site/);
    await harness.screenshot(page, 'admin-page-import-refused');
    // The back end's problem goes as soon as the field is changed.
    await pick(frame, 'fields.storyPoints', 'Story Points', new RegExp(`^Story Points \\(${CF.storyPoints}\\)`));
    await expect(row(frame, 'fields.storyPoints').locator('.keel-field-problem').count()).resolves.toBe(0);
  });

  it('shows the dependencies as a compact table, folds link types the site lacks and folds sections from the keyboard', async () => {
    const { page, frame } = await open(DEMO_USERS.priya, 'keel-admin-page');
    const deps = frame.locator('[data-group="dependencies"]');
    const absent = deps.locator('.keel-deps__absent');
    await expect(absent.textContent()).resolves.toMatch(/^\d+ mappings for link types this site does not have/);
    const onSite = await deps.locator('tbody tr').count();
    expect(onSite).toBeGreaterThan(0);
    await expect(deps.locator('tr.keel-dep--absent').count()).resolves.toBe(0);
    await harness.screenshot(page, 'admin-page-compact');
    await absent.getByRole('button', { name: 'show' }).click();
    expect(await deps.locator('tr.keel-dep--absent').count()).toBeGreaterThan(0);
    await expect(deps.locator('tr.keel-dep--absent').first().locator('select').first().textContent()).resolves.toMatch(/not on this site/);

    const toggle = frame.getByRole('button', { name: /Calendar and schedule/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(row(frame, 'calendar.hoursPerDay').isVisible()).resolves.toBe(false);
    await page.keyboard.press('Space');
    await expect(row(frame, 'calendar.hoursPerDay').isVisible()).resolves.toBe(true);

    await row(frame, 'risks.criticalWeight').locator('input').fill('20');
    await row(frame, 'evm.ceiling.hours').locator('input').fill('0');
    await expect(row(frame, 'risks.criticalWeight').locator('.keel-field-problem').textContent()).resolves.toContain('use at most 10');
    await expect(row(frame, 'evm.ceiling.hours').locator('.keel-field-problem').textContent()).resolves.toContain('use more than 0');
    await expect(frame.getByRole('button', { name: /Risk register.*1 problem/ }).count()).resolves.toBe(1);
    await row(frame, 'evm.period').locator('select').selectOption('day');
    await harness.screenshot(page, 'admin-page-new-fields');
    // Every setting has its control on the page: none is reachable only through export and import.
    await row(frame, 'raci.deliverables').locator('select').selectOption('jql'); // its JQL box shows only then
    const onPage = new Set(await frame.locator('[data-path]').evaluateAll((els) => els.map((el) => el.getAttribute('data-path'))));
    const missing = settingPaths(defaultSettings).filter((path) => !onPage.has(path));
    expect(missing).toEqual([]);
  });

  it('sets the forecast: sampling error of the iterations, problems next to their fields, and P50/P80 in the live preview', async () => {
    const { page, frame } = await open(DEMO_USERS.priya, 'keel-admin-page');
    const forecast = frame.locator('[data-group="forecast"]');
    await forecast.scrollIntoViewIfNeeded();
    await row(frame, 'forecast.iterations').locator('input').fill('2000');
    await expect(row(frame, 'forecast.iterations').locator('.keel-form-row__hint').textContent()).resolves.toContain('within ±2.2 percentage points');
    await row(frame, 'forecast.defaultSpread.pessimistic').locator('input').fill('0.5');
    await expect(row(frame, 'forecast.defaultSpread.pessimistic').locator('.keel-field-problem').textContent()).resolves.toContain('the pessimistic multiple is at least 1 (the estimate)');
    await frame.getByLabel('Probability of a rating of 4').fill('0.2');
    await expect(frame.locator('[data-path="forecast.riskProbabilityOfRating"] .keel-field-problem').textContent()).resolves.toContain('a higher rating may not give a lower probability');
    await expect(frame.getByRole('button', { name: /Forecast: estimates, risks and iterations.*2 problems/ }).count()).resolves.toBe(1);
    await harness.screenshot(page, 'admin-page-forecast-problems');

    await row(frame, 'forecast.defaultSpread.pessimistic').locator('input').fill('2');
    await frame.getByLabel('Probability of a rating of 4').fill('0.7');
    await row(frame, 'forecast.targetDate').locator('input').fill('2027-03-01');
    await expect(frame.getByTestId('forecast-preview').textContent()).resolves.toMatch(/between 0\.8× and 2× the duration.*2000 simulated plans.*±2\.2 percentage points/);
    await frame.locator('.keel-admin__project select').selectOption('PAY');
    await frame.getByRole('button', { name: 'Preview the draft' }).click();
    const cells = frame.locator('.keel-preview__table tr', { hasText: 'Forecast P50 / P80' }).locator('td');
    await cells.first().waitFor({ timeout: 60_000 });
    const [saved, draft] = await cells.allTextContents();
    expect(saved).toMatch(/^\d{4}-\d{2}-\d{2} \/ \d{4}-\d{2}-\d{2} \(4,300 plans\)$/);
    expect(draft).toMatch(/\(2,000 plans\)( \(changed\))?$/);
    await expect(frame.locator('.keel-preview__table tr', { hasText: 'Chance by the forecast target' }).locator('td').last().textContent()).resolves.toMatch(/^\d+% by 2027-03-01( \(changed\))?$/);
    await harness.screenshot(page, 'admin-page-forecast-preview');
  });
});

describe('a mapped field deleted from the site after saving', () => {
  it("is named on the project's Overview, with where to fix it", async () => {
    const { frame } = await open(DEMO_USERS.priya, 'keel-admin-page');
    await pick(frame, 'fields.storyPoints', 'estimate', /^Story point estimate/);
    await frame.getByRole('button', { name: 'Save settings' }).click();
    await frame.getByText('Saved: these settings are now in force.').waitFor({ timeout: 25_000 });
    const fields = harness.sandbox.site.state.fields;
    const at = fields.findIndex((f) => f.id === CF.storyPointEstimate);
    const [deleted] = fields.splice(at, 1);
    try {
      const page = await harness.open({ user: DEMO_USERS.lena.emailAddress, project: 'WEB', module: 'keel-project-page' });
      const finding = app(page).locator('[data-kind="mapped-field-missing"]');
      await finding.waitFor({ timeout: 25_000 });
      await expect(finding.textContent()).resolves.toMatch(/Story points field: "Story point estimate" \(customfield_\d+\).*Keel settings\), section "Estimates and dates"/);
      await harness.screenshot(page, 'overview-mapped-field-missing');
    } finally {
      if (deleted) fields.splice(at, 0, deleted);
    }
  });
});

describe("PAY's own settings page", () => {
  it('refuses Lena, who does not administer PAY', async () => {
    const { frame } = await open(DEMO_USERS.lena, 'keel-project-settings');
    await expect(frame.locator('.keel-state--error').textContent()).resolves.toMatch(/Only administrators of PAY/);
  });

  it("lets Marcus give PAY its own story points field, previews the change and saves it", async () => {
    const { page, frame } = await open(DEMO_USERS.marcus, 'keel-project-settings');
    const estimates = frame.getByRole('button', { name: /Estimates and dates/ });
    // Groups PAY takes from the global settings are folded; taking one over opens it.
    await expect(estimates.getAttribute('aria-expanded')).resolves.toBe('false');
    await frame.getByLabel(/Use PAY's own estimates and dates/).check();
    await expect(estimates.getAttribute('aria-expanded')).resolves.toBe('true');
    await pick(frame, 'fields.storyPoints', 'Story Points', new RegExp(`^Story Points \\(${CF.storyPoints}\\)`));
    await frame.getByRole('button', { name: 'Preview the draft' }).click();
    const durations = frame.locator('.keel-preview__table tr', { hasText: 'Issues with a duration' }).locator('td');
    await durations.first().waitFor({ timeout: 25_000 });
    const [saved, draft] = (await durations.allTextContents()).map((t) => Number(t.split(' ')[0]));
    expect(draft).toBeGreaterThan(saved ?? Infinity);
    await frame.getByRole('button', { name: "Save PAY's settings" }).click();
    await frame.getByText('Saved: PAY uses these settings now.').waitFor({ timeout: 25_000 });
    await harness.screenshot(page, 'project-settings-saved');
    expect(harness.consoleErrors).toEqual([]);
  });
});
