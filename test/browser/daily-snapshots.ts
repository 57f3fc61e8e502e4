/**
 * The daily history run in a browser test's sandbox, as Forge makes it: the scheduled trigger at a given
 * moment, then every queued event drained into the real consumer. Only `Date` is faked, and only for the run.
 */
import { jest } from '@jest/globals';
import { dateIsFaked, fakeDate, realDate } from '../fake-date';
import { scheduledTriggerEvent } from '../sandbox/forge/fire-trigger';
import type { Sandbox } from '../sandbox/server';

export async function runDailySnapshot(sandbox: Sandbox, at: string): Promise<number> {
  // The sandbox imported the app already; this is the same module, with the runtime's hooks.
  const app = await import('../../src/index');
  // The harness may have pinned the clock already (browser-harness.ts): then the run's moment is set and put back.
  const pinned = dateIsFaked() ? Date.now() : null;
  if (pinned === null) fakeDate(at);
  try {
    jest.setSystemTime(new Date(at));
    await sandbox.runtime.fireTrigger(app.dailySnapshot, scheduledTriggerEvent('keel-daily-snapshot'), { moduleKey: 'keel-daily-snapshot', timeoutMs: 300_000 });
    return await sandbox.runtime.queue.drain({ 'keel-snapshots': app.snapshotConsumer });
  } finally {
    if (pinned === null) realDate();
    else jest.setSystemTime(pinned);
  }
}
