/** The Risks tab of a project page and the resolvers behind it, for the risks browser test. */
import type { FrameLocator, Page } from 'playwright-core';
import { historyResult, riskRegisterResult, type HistoryResult, type RiskRegisterResult, type ScoredRisk } from '@contract';
import type { RiskColumn } from '../../src/domain/risk/risk-csv';
import type { DemoUser } from '../sandbox/demo/users';
import type { Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

/** The demo maps no FMEA ratings, so the register shows no RPN column; the weighted score exports with its why. */
export const SHOWN_CSV_COLUMNS: readonly RiskColumn[] = [
  'key', 'summary', 'category', 'owner', 'status', 'probability', 'impact', 'inherentScore', 'residualScore', 'weightedScore', 'weightReason', 'scheduleDays', 'flags', 'problems',
];

export const risksAs = (harness: Harness, user: DemoUser, projectKey = 'PAY', projectId = '10001'): Promise<RiskRegisterResult> =>
  invokeAs(harness, 'risks/get', { projectKey }, projectPage(user.accountId, { id: projectId, key: projectKey }), riskRegisterResult);
export const historyAs = (harness: Harness, user: DemoUser): Promise<HistoryResult> =>
  invokeAs(harness, 'history/get', { projectKey: 'PAY' }, projectPage(user.accountId, { id: '10001', key: 'PAY' }), historyResult);

export const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
export const table = (frame: FrameLocator) => frame.getByTestId('risk-table');
export const rowKeys = (frame: FrameLocator) => table(frame).locator('tbody tr[data-key]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key') ?? ''));
export const cellTexts = (frame: FrameLocator, column: string) => table(frame).locator(`td[data-column="${column}"]`).allTextContents();
export const byKey = (risks: readonly ScoredRisk[], key: string): ScoredRisk => {
  const risk = risks.find((r) => r.key === key);
  if (!risk) throw new Error(`${key} is not in the resolver's answer`);
  return risk;
};

/** `user`'s Risks tab of `project`, once its derived risks are in. */
export async function openRisksTab(harness: Harness, user: DemoUser, project: string): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: user.emailAddress, project, module: 'keel-project-page' });
  const frame = app(page);
  await frame.getByRole('tab', { name: 'Risks' }).click();
  await frame.getByTestId('derived-risks').waitFor({ timeout: 25_000 });
  return { page, frame };
}

/** The sandbox site's own fields of issue `key`, to change them under the app. */
export function issueFields(harness: Harness, key: string) {
  const issue = harness.sandbox.site.state.issues.find((i) => i.key === key);
  if (!issue) throw new Error(`${key} is missing from the demo site`);
  return issue.fields;
}

/** Adds project NORISK (id 10096), which everyone may browse, holding one copy of PAY-8 and no risk. */
export function addProjectWithoutRisks(harness: Harness): void {
  const { state } = harness.sandbox.site;
  state.projects.push({ id: '10096', key: 'NORISK', name: 'No risks', projectTypeKey: 'software' });
  state.grants.push({ projectKey: 'NORISK', permission: 'BROWSE_PROJECTS', holder: { type: 'applicationRole' } });
  const template = state.issues.find((i) => i.key === 'PAY-8');
  if (!template) throw new Error('PAY-8 is missing from the demo site');
  const copy = structuredClone(template);
  Object.assign(copy, { id: '99101', key: 'NORISK-1', self: (template.self ?? '').replace(/\/[^/]+$/, '/99101') });
  Object.assign(copy.fields, { project: { ...copy.fields.project, id: '10096', key: 'NORISK', name: 'No risks' }, issuelinks: [], parent: undefined });
  state.issues.push(copy);
}
