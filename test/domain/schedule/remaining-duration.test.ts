import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { DurationSettings } from '../../../src/domain/schedule/item-duration';
import { remainingDuration } from '../../../src/domain/schedule/remaining-duration';
import { item } from '../work-item-builder';
import { calendar } from './network-builder';

// PMI Practice Standard for Scheduling (3rd ed.), status date updates: an activity under way keeps its actual
// start and is scheduled from the status date for its remaining duration, not its original one.
// Calendar: Monday 2025-01-06 is day 0, Monday to Friday, 8-hour days. Status date Wednesday 2025-01-15.
const STATUS = '2025-01-15';
const hours = (h: number): number => h * 3600;
const byEstimate: DurationSettings = { source: 'originalEstimate', daysPerPoint: 1 };
const byPoints: DurationSettings = { source: 'storyPoints', daysPerPoint: 1 };
const bySpan: DurationSettings = { source: 'dateSpan', daysPerPoint: 1 };
const under = (overrides: Parameters<typeof item>[1]) => item('P-1', { status: 'In Progress', statusCategory: 'inProgress', ...overrides });

describe('remainingDuration', () => {
  it.each([
    // [case, settings, item fields, days, basis]
    ['5 days estimated, 12 h remaining: 12 / 8 = 1.5 days', byEstimate, { originalEstimateSeconds: hours(40), remainingEstimateSeconds: hours(12) }, 1.5, 'remainingEstimate'],
    ['remaining estimate 0: nothing left, finishes at the status date', byEstimate, { originalEstimateSeconds: hours(40), remainingEstimateSeconds: 0 }, 0, 'remainingEstimate'],
    ['remaining above the original (re-estimated): the remaining counts', byEstimate, { originalEstimateSeconds: hours(8), remainingEstimateSeconds: hours(20) }, 2.5, 'remainingEstimate'],
    ['no remaining estimate: the whole 5 days, flagged as assumed', byEstimate, { originalEstimateSeconds: hours(40), remainingEstimateSeconds: null }, 5, 'assumedWhole'],
    ['4 points at 1 day, 6 h spent, 18 h remaining: 4 x 18 / 24 = 3 days', byPoints, { storyPoints: 4, timeSpentSeconds: hours(6), remainingEstimateSeconds: hours(18) }, 3, 'remainingEstimate'],
    ['4 points, 8 h spent of a 16 h original, no remaining: 4 x (1 - 8 / 16) = 2 days', byPoints, { storyPoints: 4, originalEstimateSeconds: hours(16), timeSpentSeconds: hours(8) }, 2, 'loggedShare'],
    ['4 points, more logged than the original, no remaining: nothing left', byPoints, { storyPoints: 4, originalEstimateSeconds: hours(16), timeSpentSeconds: hours(20) }, 0, 'loggedShare'],
    ['4 points, nothing logged, remaining 10 h: all 4 days left', byPoints, { storyPoints: 4, remainingEstimateSeconds: hours(10) }, 4, 'remainingEstimate'],
    ['4 points, time spent but no original or remaining estimate: the whole 4 days, assumed', byPoints, { storyPoints: 4, originalEstimateSeconds: null, timeSpentSeconds: hours(8) }, 4, 'assumedWhole'],
    ['dates Mon 13th to Fri 17th, status Wed 15th: Wed, Thu, Fri = 3 days', bySpan, { startDate: '2025-01-13', dueDate: '2025-01-17' }, 3, 'dueDate'],
    ['dates Mon 6th to Fri 10th, overdue at Wed 15th: the whole 5 days, assumed', bySpan, { startDate: '2025-01-06', dueDate: '2025-01-10' }, 5, 'assumedWhole'],
  ] as const)('%s', (_, settings, fields, days, basis) => {
    expect(remainingDuration(under(fields), settings, calendar, STATUS)).toEqual({ days, basis });
  });

  it('uses the remaining estimate even when the original estimate is missing', () => {
    expect(remainingDuration(under({ originalEstimateSeconds: null, remainingEstimateSeconds: hours(4) }), byEstimate, calendar, STATUS)).toEqual({ days: 0.5, basis: 'remainingEstimate' });
  });

  it('is null when nothing gives a duration', () => {
    expect(remainingDuration(under({ originalEstimateSeconds: null }), byEstimate, calendar, STATUS)).toBeNull();
    expect(remainingDuration(under({ storyPoints: null, remainingEstimateSeconds: hours(4) }), byPoints, calendar, STATUS)).toBeNull();
  });

  it('ignores a negative remaining estimate (bad data) and assumes the whole duration', () => {
    expect(remainingDuration(under({ originalEstimateSeconds: hours(16), remainingEstimateSeconds: -5 }), byEstimate, calendar, STATUS)).toEqual({ days: 2, basis: 'assumedWhole' });
  });
});
