/** The answers a module's first render would ask for, started early and taken once (static/src/api/first-answers.ts). */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { firstCallsOf, startFirstAnswers, takeFirstAnswer } from '../../static/src/api/first-answers';

describe('first answers', () => {
  it("the issue panel starts its four issue answers and its project's decisions; the project page its status line and banner", () => {
    expect(firstCallsOf('keel-issue-panel', { issueKey: 'PAY-12', projectKey: 'PAY' })).toEqual([
      { key: 'schedule/issue', payload: { issueKey: 'PAY-12' } },
      { key: 'resources/issue', payload: { issueKey: 'PAY-12' } },
      { key: 'forecast/issue', payload: { issueKey: 'PAY-12' } },
      { key: 'risks/issue', payload: { issueKey: 'PAY-12' } },
      { key: 'decisions/get', payload: { projectKey: 'PAY' } },
    ]);
    expect(firstCallsOf('keel-project-page', { projectKey: 'WEB' }).map((c) => c.key)).toEqual(['status/get', 'hidden/get']);
    // Nothing is guessed where the context names no issue or project, nor for the admin pages.
    expect(firstCallsOf('keel-issue-panel', {})).toEqual([]);
    expect(firstCallsOf('keel-admin-page', { projectKey: 'WEB' })).toEqual([]);
  });

  it("a configured macro starts its resolver with the config Forge's context carries, as its view asks it", () => {
    const config = (value: unknown, isConfiguring = false) => ({ config: value, macro: { isConfiguring, isInserting: false }, content: { id: '163847' } });
    expect(firstCallsOf('keel-status-macro', {}, config({ projectKey: 'BIG' }))).toEqual([{ key: 'macro/status', payload: { projectKey: 'BIG' } }]);
    expect(firstCallsOf('keel-raci-macro', {}, config({ jql: ' project in (WEB, PLAT) ' }))).toEqual([{ key: 'macro/raci', payload: { jql: 'project in (WEB, PLAT)' } }]);
    expect(firstCallsOf('keel-decision-log-macro', {}, config({ projectKey: 'PAY' })).map((c) => c.key)).toEqual(['macro/decisions']);
    expect(firstCallsOf('keel-risk-register-macro', {}, config({ projectKey: 'SEC' })).map((c) => c.key)).toEqual(['macro/risks']);
    expect(firstCallsOf('keel-evm-macro', {}, config({ projectKey: 'PAY' })).map((c) => c.key)).toEqual(['macro/evm']);
    expect(firstCallsOf('keel-forecast-macro', {}, config({ projectKey: 'PAY' })).map((c) => c.key)).toEqual(['macro/forecast']);
    // Its config dialog, a macro never configured, or a config its view would not read asks nothing.
    expect(firstCallsOf('keel-status-macro', {}, config({ projectKey: 'BIG' }, true))).toEqual([]);
    expect(firstCallsOf('keel-status-macro', {}, config(undefined))).toEqual([]);
    expect(firstCallsOf('keel-status-macro', {}, config({ projectKey: 'big' }))).toEqual([]);
    expect(firstCallsOf('keel-status-macro', {}, config({ projectKey: 'BIG', jql: 'project = BIG' }))).toEqual([]);
    expect(firstCallsOf('keel-status-macro', {})).toEqual([]);
  });

  it('each started answer is taken once, by the same key and payload only', async () => {
    const calls: string[] = [];
    startFirstAnswers([{ key: 'status/get', payload: { projectKey: 'WEB' } }], (key, payload) => {
      calls.push(`${key} ${JSON.stringify(payload)}`);
      return Promise.resolve({ ok: true, data: 'started' });
    });
    expect(takeFirstAnswer('status/get', { projectKey: 'PAY' })).toBeUndefined();
    await expect(takeFirstAnswer('status/get', { projectKey: 'WEB' })).resolves.toEqual({ ok: true, data: 'started' });
    expect(takeFirstAnswer('status/get', { projectKey: 'WEB' })).toBeUndefined();
    expect(calls).toEqual(['status/get {"projectKey":"WEB"}']);
  });

  it('a failed answer that nobody takes is no unhandled rejection, and the one who takes it sees the failure', async () => {
    startFirstAnswers([{ key: 'hidden/get', payload: { projectKey: 'WEB' } }], () => Promise.reject(new Error('offline')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(takeFirstAnswer('hidden/get', { projectKey: 'WEB' })).rejects.toThrow('offline');
  });
});
