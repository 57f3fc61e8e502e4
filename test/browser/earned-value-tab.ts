/** The Earned value tab of a project page and the resolvers behind it, for the earned value browser tests. */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { evmResult, type EvmResult } from '@contract';
import type { DemoUser } from '../sandbox/demo/users';
import type { Harness } from './browser-harness';
import { invokeAs, projectPage, type InvokeContext } from './invoke-as';

/** The context of `projectKey`'s project page as `user` opens it. */
export function projectPageOf(harness: Harness, user: DemoUser, projectKey: string): InvokeContext {
  const project = harness.sandbox.site.state.projects.find((p) => p.key === projectKey);
  return projectPage(user.accountId, { id: project?.id ?? '', key: projectKey });
}

/** `evm/get` as `user`'s project page of `projectKey` calls it. */
export const evmAs = (harness: Harness, user: DemoUser, projectKey: string, baseline?: string): Promise<EvmResult> =>
  invokeAs(harness, 'evm/get', { projectKey, ...(baseline === undefined ? {} : { baseline }) }, projectPageOf(harness, user, projectKey), evmResult);

export const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
export const figure = (frame: FrameLocator, id: string) => frame.getByTestId(`figure-${id}`);

/** `user`'s Earned value tab of `projectKey`, once its figures, an alert or the empty state is in. */
export async function openEarnedValueTab(harness: Harness, user: DemoUser, projectKey: string): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: user.emailAddress, project: projectKey, module: 'keel-project-page' });
  const frame = app(page);
  await frame.getByRole('tab', { name: 'Earned value' }).click();
  await frame.getByTestId('headline-figures').or(frame.getByRole('alert')).or(frame.getByText('No budget in scope').first()).first().waitFor({ timeout: 25_000 });
  return { page, frame };
}

/** The last "x y" of an SVG path's d attribute. */
export function lastPoint(d: string): { x: number; y: number } {
  const numbers = d.trim().split(/[ML ]+/).filter(Boolean).map(Number);
  return { x: numbers.at(-2) ?? NaN, y: numbers.at(-1) ?? NaN };
}

export async function numbersOf(locator: Locator, attribute: string): Promise<number[]> {
  const values = await locator.evaluate((el, name) => (el.getAttribute(name) ?? '').split(' ').map(Number), attribute);
  return values;
}
