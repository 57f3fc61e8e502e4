import { renderToStaticMarkup } from 'react-dom/server';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { StoredAnswerNote } from '../../../static/src/components/stored-answer-note';
import { StoredScheduleNote } from '../../../static/src/dependencies/background-status';
import { refreshFailureReason } from '../../../src/use-cases/refresh-failure-reason';
import { AppError } from '../../../src/app-error';

const failure = { at: '2026-11-16T09:00:00.000Z', reason: refreshFailureReason(new AppError('RATE_LIMITED', 'Jira answered 429')) };

describe('a failed background refresh on the page (issue #11)', () => {
  it('is said next to the schedule note, with what to do, and the last good analysis is still the one shown', () => {
    const html = renderToStaticMarkup(<StoredScheduleNote background={{ state: 'ready', issueCount: 10247, computedAt: '2026-11-16T08:00:00.000Z', refreshing: false, hiddenIssues: 0, refreshFailed: failure }} />);
    expect(html).toContain('data-testid="schedule-computed-at"');
    expect(html).toContain('data-testid="refresh-failed"');
    expect(html).toContain('What you see is the last good analysis.');
    expect(html).toContain('tries again by itself in about five minutes');
  });

  it('is said next to the stored-answer note of the other tabs, escaped', () => {
    const html = renderToStaticMarkup(<StoredAnswerNote what="register" stored={{ state: 'ready', computedAt: '2026-11-16T08:00:00.000Z', refreshing: true, refreshFailed: { ...failure, reason: 'Scope JQL <b>refused</b>' } }} />);
    expect(html).toContain('data-testid="refresh-failed"');
    expect(html).toContain('Scope JQL &lt;b&gt;refused&lt;/b&gt;');
  });

  it('is not there after a refresh that succeeded', () => {
    const html = renderToStaticMarkup(<StoredAnswerNote what="register" stored={{ state: 'ready', computedAt: '2026-11-16T08:00:00.000Z', refreshing: false }} />);
    expect(html).not.toContain('refresh-failed');
  });

  it('names what failed and what to do for each kind of failure', () => {
    expect(refreshFailureReason(new AppError('JIRA_UNAVAILABLE', 'x'))).toMatch(/could not reach Jira.*tries again/);
    expect(refreshFailureReason(new AppError('BAD_REQUEST', 'The scope JQL does not parse.'))).toMatch(/refused: The scope JQL does not parse\. Check the project's Keel settings/);
    expect(refreshFailureReason(new AppError('NOT_FOUND', 'No project PAY.'))).toMatch(/may still browse the project/);
    expect(refreshFailureReason(new Error('boom'))).toMatch(/unexpected error.*app logs/);
    expect(refreshFailureReason(new Error('boom'))).not.toContain('boom');
  });
});
