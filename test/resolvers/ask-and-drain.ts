/**
 * What the page's next poll does for viewers of a large project whose linked work reaches projects they may not
 * browse (issue #11): each asks for the schedule once, which queues the variant without those projects
 * (viewer-schedule-choice.ts), and the queue is drained, so each then gets their own stored answers.
 */
import type { ForgeRuntime } from '../sandbox/forge/install-forge-runtime';

type Call = <T>(functionKey: string, payload: unknown, who: string) => Promise<T>;

export async function askAndDrain(call: Call, runtime: ForgeRuntime, projectKey: string, viewers: readonly string[]): Promise<number> {
  for (const who of viewers) await call('schedule/get', { projectKey }, who);
  return runtime.queue.drain();
}
