/**
 * What the issue panel's browser tests share (issue-panel*.test.ts): the demo site they run on, the panel's
 * locators, the resolver answers the panel reads (through the sandbox's runtime, as the given user, parsed as the
 * UI parses them) and the demo data's PAY issues and links, so that no test hard-codes an issue key.
 */
import { afterAll, beforeAll } from '@jest/globals';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { z } from 'zod';
import { resolvers, type IssueScheduleResult, type RiskRegisterResult, type ScheduleResult } from '../../src/contract';
import { demoSnapshot } from '../sandbox/demo/demo-snapshot';
import { DEMO_USERS } from '../sandbox/demo/users';
import { startHarness, type Harness } from './browser-harness';
import { invokeAs, issuePanel, projectPage } from './invoke-as';

export const snapshot = demoSnapshot({ today: '2026-11-16' });
export const PRIYA = DEMO_USERS.priya;
export const AIKO = DEMO_USERS.aiko;
export type Schedule = NonNullable<IssueScheduleResult['schedule']>;

/** PAY's schedule as Priya's project page reads it: its activities and the edges between them. */
export const payScheduleOf = (harness: Harness): Promise<ScheduleResult> =>
  invokeAs(harness, 'schedule/get', { projectKey: 'PAY' }, projectPage(PRIYA.accountId, { id: '10001', key: 'PAY' }), resolvers['schedule/get'].result);

export const panelQuery = (email: string, issueKey: string) => ({ user: email, project: 'PAY', issue: issueKey, module: 'keel-issue-panel' });
export const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
export const panel = (page: Page): Locator => app(page).getByTestId('keel-issue-panel');

const panelOn = (accountId: string, issueKey: string) => issuePanel(accountId, { id: snapshot.issues.find((i) => i.key === issueKey)?.id, key: issueKey });

/** `schedule/issue` as the panel on `issueKey` calls it. */
export const issueSchedule = (harness: Harness, accountId: string, issueKey: string): Promise<IssueScheduleResult> =>
  invokeAs(harness, 'schedule/issue', { issueKey }, panelOn(accountId, issueKey), resolvers['schedule/issue'].result);

/** `risks/get` for PAY as the panel on `issueKey` calls it (the panel asks for its issue's project). */
export const payRisks = (harness: Harness, accountId: string, issueKey: string): Promise<RiskRegisterResult> =>
  invokeAs(harness, 'risks/get', { projectKey: 'PAY' }, panelOn(accountId, issueKey), resolvers['risks/get'].result);

const linkEnd = z.looseObject({ key: z.string() });
const issueLink = z.looseObject({ type: z.looseObject({ name: z.string() }), inwardIssue: linkEnd.optional(), outwardIssue: linkEnd.optional() });

/** Blocks links as [blocker, blocked], read from the blocker's (outward) end in the snapshot. */
export function blocksEdges(): [string, string][] {
  return snapshot.issues.flatMap((issue) =>
    z
      .array(issueLink)
      .parse(issue.fields.issuelinks ?? [])
      .flatMap((link): [string, string][] => (link.type.name === 'Blocks' && link.outwardIssue ? [[issue.key, link.outwardIssue.key]] : [])),
  );
}
export const isPay = (key: string) => key.startsWith('PAY-');
/** PAY issues with a place of their own on the schedule (activities, not parents, risks or decisions). */
export const isPayActivity = (paySchedule: ScheduleResult, key: string) => isPay(key) && paySchedule.nodes.some((n) => n.key === key && !n.external);
/** The panel's place for `key`: its schedule status, or for a parent (all of PAY's risk treatments are) its summary task. */
export const placeOf = (page: Page, paySchedule: ScheduleResult, key: string): Locator => panel(page).getByTestId(isPayActivity(paySchedule, key) ? 'schedule-status' : 'summary-task');
/** The schedule's dependency edges as [predecessor, successor]: a parent's link is an edge to each of its children. */
export const scheduleEdges = (paySchedule: ScheduleResult): [string, string][] => paySchedule.edges.filter((e) => !e.ignored).map((e) => [e.from, e.to]);
export const byKeyNumber = (a: string, b: string) => Number(a.split('-')[1]) - Number(b.split('-')[1]);

/** The first of `keys` whose answer (as `accountId`) passes `test`. */
export async function firstAnswer(harness: Harness, accountId: string, keys: string[], test: (s: Schedule) => boolean): Promise<Schedule> {
  for (const key of keys) {
    const { schedule } = await issueSchedule(harness, accountId, key);
    if (schedule && test(schedule)) return schedule;
  }
  throw new Error(`No issue among ${keys.join(', ')} fits this test: has the demo data changed?`);
}

export const levelKeys = (list: Schedule['predecessors'], level: 1 | 2) => list.filter((n) => n.level === level).map((n) => n.node.key);
export const shownKeys = (section: Locator, level: 1 | 2) => section.locator(`[data-testid="neighbour"][data-level="${level}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-key') ?? ''));

/** Console errors of the harness's pages that say Forge's Content-Security-Policy refused something. */
export const cspErrors = (harness: Harness) => harness.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));

/**
 * Chromium against the demo site for one test file, with PAY's schedule as Priya reads it, both filled in before the
 * file's tests run and the browser closed after them.
 */
export function panelHarness(): { harness: Harness; paySchedule: ScheduleResult } {
  const shared = {} as { harness: Harness; paySchedule: ScheduleResult };
  beforeAll(async () => {
    shared.harness = await startHarness(snapshot);
    shared.paySchedule = await payScheduleOf(shared.harness);
  });
  afterAll(async () => {
    await (shared.harness as Harness | undefined)?.close();
  });
  return shared;
}
