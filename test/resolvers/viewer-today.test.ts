/**
 * The status date of what a viewer sees is their own date (issue #13, item 3): the resolver reads the time zone
 * from Forge's context, never the payload. At 2026-11-15 14:30 UTC it is 01:30 on the 16th in Sydney.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { RiskRegisterResult, ResolverResult } from '../../src/contract';
import { fakeDate, realDate } from '../fake-date';
import { projectPageContext } from '../sandbox/forge/module-context';
import { demoApp } from './demo-app';

const demo = demoApp();
let started: Awaited<ReturnType<typeof demo.start>>;

beforeAll(async () => {
  started = await demo.start();
  fakeDate('2026-11-15T14:30:00Z');
});
afterAll(() => realDate());

async function asOfFor(timezone: string | undefined): Promise<string> {
  const answer = (await started.runtime.invokeResolver(started.app.resolver, {
    functionKey: 'risks/get',
    payload: { projectKey: 'PAY' },
    accountId: demo.account('Priya'),
    ...projectPageContext(demo.snapshot, 'PAY'),
    ...(timezone === undefined ? {} : { timezone }),
  })) as ResolverResult<RiskRegisterResult>;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.data.asOf;
}

describe('the status date', () => {
  it("is the viewer's local date from the context's time zone", async () => {
    expect(await asOfFor('Australia/Sydney')).toBe('2026-11-16');
    expect(await asOfFor('America/Los_Angeles')).toBe('2026-11-15');
    expect(await asOfFor(undefined)).toBe('2026-11-15');
  }, 60_000);
});
