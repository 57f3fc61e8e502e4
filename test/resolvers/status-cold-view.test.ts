/**
 * Issue #11: a large project's first `status/get` on a new instance (nothing kept warm) answers a viewer who hides
 * nothing from the `status` view stored with the analysis (status-view.ts), reading none of the schedule's node,
 * link or issue chunks, and answers exactly what the whole read gives (the same call with the views taken out of
 * the manifests). Aiko (outside PAY's "Staff only" level) hides issues: she is answered from the whole read; so is
 * anyone while the manifest names no `status` view (an analysis stored before Keel kept it). PAY on the demo site,
 * threshold 100 (cold-reads.ts), with milestones mapped so the answer has some.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { StatusResult } from '../../src/contract';
import { coldReadsOfPay, type Ask, type ColdAnswers } from './cold-reads';

// PAY's Sub-tasks of no time are its milestones here (the demo maps no Milestone type).
const pay = coldReadsOfPay({ adapt: (settings) => ({ ...settings, targets: { ...settings.targets, milestones: { issueTypes: ['Sub-task'], labels: ['milestone'] } } }) });
const STATUS: Ask[] = [['status/get', { projectKey: 'PAY' }]];

const statusOf = (read: ColdAnswers) => ({ answer: read.answers[0] as StatusResult, keys: read.keys, calls: read.calls[0] ?? NaN });
const coldStatus = async (who: string) => statusOf(await pay.cold(STATUS, who));
const wholeRead = async (who: string) => statusOf(await pay.withViews(STATUS, who));
const schedulesRead = (keys: readonly string[]) => keys.filter((k) => pay.chunkKeys().has(k)).length;

describe('a large project status read cold from its view', () => {
  it('answers a viewer who hides nothing from a few storage keys, as the whole read does', async () => {
    expect(pay.manifestOf('PAY')?.views?.['status']).toBeDefined();
    const cold = await coldStatus('Priya');
    expect(cold.answer.stored).toMatchObject({ state: 'ready', hiddenIssues: 0 });
    expect(cold.answer.milestones.length, 'the mapped Sub-tasks of no time are milestones').toBeGreaterThan(0);
    expect(cold.answer.finishes.find((f) => f.analysis === 'due dates')?.date).not.toBeNull();
    expect(cold.answer.findings.map((f) => f.kind)).toContain('link-not-visible');
    expect(pay.chunkKeys().size).toBeGreaterThan(0);
    expect(schedulesRead(cold.keys), 'no node, link or issue chunk is read').toBe(0);
    expect(cold.calls, 'storage calls').toBeLessThanOrEqual(12);
    const whole = await wholeRead('Priya');
    expect(schedulesRead(whole.keys), 'the whole read reads the schedule').toBeGreaterThan(0);
    expect(cold.answer).toEqual(whole.answer);
  });

  it('answers a viewer who hides issues of the scope from the whole read', async () => {
    const cold = await coldStatus('Aiko');
    expect(cold.answer.stored).toMatchObject({ state: 'ready' });
    expect(schedulesRead(cold.keys), 'the schedule without levels is read whole').toBeGreaterThan(0);
    expect(cold.answer).toEqual((await wholeRead('Aiko')).answer);
  });

  it('answers from the whole read while the manifest names no status view (stored before Keel kept it)', async () => {
    const withView = await coldStatus('Priya');
    const old = statusOf(
      await pay.withViews(STATUS, 'Priya', (views) => {
        if (!views) return views;
        const { status: _status, ...others } = views;
        return others;
      }),
    );
    expect(schedulesRead(old.keys), 'the schedule is read whole').toBeGreaterThan(0);
    expect(old.answer).toEqual(withView.answer);
  });

  it('answers from the whole read when the view was not kept (more milestone candidates than it holds)', async () => {
    const withView = await coldStatus('Priya');
    // A view stored as null, in a chunk of its own.
    for (const a of pay.analyses()) pay.runtime().kvs.set('kvs', `schedule-analysis:${a}:c:not-kept`, 'null');
    const notKept = statusOf(await pay.withViews(STATUS, 'Priya', (views) => views && { ...views, status: ['not-kept'] }));
    expect(schedulesRead(notKept.keys), 'the schedule is read whole').toBeGreaterThan(0);
    expect(notKept.keys.filter((k) => k.endsWith(':c:not-kept')).length, 'the view was read').toBeGreaterThan(0);
    expect(notKept.answer).toEqual(withView.answer);
  });
});
