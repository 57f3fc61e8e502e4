/**
 * invocation-memo.ts: each question asked once per memo (issue #11), shared by askers that overlap, and asked
 * every time without a memo; a memo is per invocation, so a new one asks again.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { invocationMemo, once } from '../../src/use-cases/invocation-memo';

function counter(): { asked: string[]; ask: (key: string) => () => Promise<number> } {
  const asked: string[] = [];
  return {
    asked,
    ask: (key) => () => {
      asked.push(key);
      return Promise.resolve(key.length);
    },
  };
}

describe('once', () => {
  it('asks a key once per memo, its askers sharing the answer even while it is on its way', async () => {
    const memo = invocationMemo().viewerCounts;
    const { asked, ask } = counter();
    const [a, b] = await Promise.all([once(memo, 'project = "PAY"', ask('project = "PAY"')), once(memo, 'project = "PAY"', ask('project = "PAY"'))]);
    expect([a, b]).toEqual([15, 15]);
    expect(await once(memo, 'project = "PLAT"', ask('project = "PLAT"'))).toBe(16);
    expect(asked).toEqual(['project = "PAY"', 'project = "PLAT"']);
  });

  it('asks every time without a memo, and again with a new memo (the next invocation)', async () => {
    const { asked, ask } = counter();
    await once(undefined, 'k', ask('k'));
    await once(undefined, 'k', ask('k'));
    await once(invocationMemo().viewerCounts, 'k', ask('k'));
    await once(invocationMemo().viewerCounts, 'k', ask('k'));
    expect(asked).toEqual(['k', 'k', 'k', 'k']);
  });

  it('answers a failed question with the same failure, not asking again in the invocation', async () => {
    const memo = invocationMemo().viewerCounts;
    let asked = 0;
    const failing = () => {
      asked += 1;
      return Promise.reject(new Error('Jira answered 503'));
    };
    await expect(once(memo, 'k', failing)).rejects.toThrow('Jira answered 503');
    await expect(once(memo, 'k', failing)).rejects.toThrow('Jira answered 503');
    expect(asked).toBe(1);
  });
});
