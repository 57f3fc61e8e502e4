/** The Dependencies tab of a project page and the schedule behind it, for the dependencies browser test. */
import type { FrameLocator, Page } from 'playwright-core';
import { scheduleResult, type ScheduleResult } from '@contract';
import type { DemoUser } from '../sandbox/demo/users';
import type { Harness } from './browser-harness';
import { invokeAs, projectPage } from './invoke-as';

/** `schedule/get` of PAY as `user`'s project page calls it. */
export const paySchedule = (harness: Harness, user: DemoUser): Promise<ScheduleResult> =>
  invokeAs(harness, 'schedule/get', { projectKey: 'PAY' }, projectPage(user.accountId, { id: '10001', key: 'PAY' }), scheduleResult);

export const app = (page: Page): FrameLocator => page.frameLocator('iframe.module-frame');
export const graph = (frame: FrameLocator) => frame.getByTestId('dependency-graph');
export const drawnKeys = (frame: FrameLocator) => graph(frame).locator('.keel-node').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key') ?? '').sort());

/** `user`'s Dependencies tab of PAY, once the map has drawn a node. */
export async function openDependenciesTab(harness: Harness, user: DemoUser): Promise<{ page: Page; frame: FrameLocator }> {
  const page = await harness.open({ user: user.emailAddress, project: 'PAY', module: 'keel-project-page' });
  const frame = app(page);
  await frame.getByRole('tab', { name: 'Dependencies' }).click();
  await graph(frame).locator('.keel-node').first().waitFor({ timeout: 25_000 });
  return { page, frame };
}

/** Keys linked to `focus` upstream and downstream, transitively: computed here, not with the app's code. */
export function around(edges: ScheduleResult['edges'], focus: string): string[] {
  const seen = new Set([focus]);
  for (const [from, to] of [['from', 'to'], ['to', 'from']] as const) {
    const queue = [focus];
    const visited = new Set([focus]);
    while (queue.length > 0) {
      const key = queue.shift();
      for (const edge of edges) {
        if (edge[from] === key && !visited.has(edge[to])) {
          visited.add(edge[to]);
          seen.add(edge[to]);
          queue.push(edge[to]);
        }
      }
    }
  }
  return [...seen].sort();
}
