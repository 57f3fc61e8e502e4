/**
 * `npm start`'s sandbox runs the app's background work by itself, as Forge would: a project above the
 * background threshold is computed by the `keel-analysis` consumer without anyone draining the queue (the
 * staleness trigger's own behaviour is tested in test/resolvers/schedule-background.test.ts).
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { ScheduleResult, SettingsView } from '../../src/contract';
import { demoSnapshot } from './demo/demo-snapshot';
import { startSandbox, type Sandbox } from './server';

const snapshot = demoSnapshot();
const priya = snapshot.users.find((u) => u.displayName === 'Priya Natarajan')?.accountId ?? '';
let sandbox: Sandbox;

async function invoke<T>(functionKey: string, payload: unknown): Promise<T> {
  const response = await fetch(`${sandbox.url}/__sandbox/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ functionKey, payload, context: { accountId: priya, moduleKey: 'keel-project-page', extension: { type: 'jira:projectPage', project: { key: 'PAY' } } } }),
  });
  const answer = (await response.json()) as { ok: true; data: T } | { ok: false; error: { message: string } };
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the background work did not finish within 10 s');
}

beforeAll(async () => {
  sandbox = await startSandbox({ snapshot, port: 0, backgroundWork: true });
  const { settings } = await invoke<SettingsView>('settings/get', {});
  await invoke('settings/save', { settings: { ...settings, schedule: { ...settings.schedule, backgroundAboveIssues: 100 } }, projectKey: 'PAY' });
});

afterAll(async () => {
  await sandbox.close();
});

describe('the sandbox of npm start', () => {
  it('computes a large project in the background and answers it once stored', async () => {
    const first = await invoke<ScheduleResult>('schedule/get', { projectKey: 'PAY' });
    expect(first.background?.state).toBe('computing');
    const stored = await until(() => invoke<ScheduleResult>('schedule/get', { projectKey: 'PAY' }), (r) => r.nodes.length > 0);
    expect(stored.background?.state).toBe('ready');
    expect(sandbox.runtime.queue.failures).toEqual([]);
  });
});
