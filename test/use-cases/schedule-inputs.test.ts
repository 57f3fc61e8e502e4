import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { defaultSettings } from '../../src/config/settings';
import { scheduleInputs } from '../../src/use-cases/schedule-inputs';
import { item } from '../domain/work-item-builder';

// Monday 2026-11-02 .. ; 8-hour days, Monday-Friday.
const done = item('P-1', { statusCategory: 'done', status: 'Done', resolutionDate: '2026-11-06', originalEstimateSeconds: 3 * 8 * 3600 });
const open = item('P-2', { originalEstimateSeconds: 8 * 3600 });

describe('scheduleInputs', () => {
  it('starts the project at the earliest actual start and keeps done work at its actual dates', () => {
    const inputs = scheduleInputs(defaultSettings, [done, open], [], '2026-11-16');
    // P-1 took 3 days and was resolved on Friday 6th: it ran Wednesday 4th to Friday 6th.
    expect(inputs.calendar.startDate).toBe('2026-11-04');
    expect(inputs.actuals.get('P-1')).toEqual({ start: 0, finish: 3 });
    // Open work waits for the status date, Monday 16th: offset 8.
    expect(inputs.notBefore.get('P-2')).toBe(8);
    expect(inputs.notBefore.has('P-1')).toBe(false);
  });

  it('uses the configured project start when there is one', () => {
    const settings = { ...defaultSettings, schedule: { projectStart: '2026-10-01', nearCriticalDays: 5 } };
    expect(scheduleInputs(settings, [open], [], '2026-11-16').calendar.startDate).toBe('2026-10-01');
  });

  it("takes other teams' open work at its due date, or today when that date has passed", () => {
    const future = item('X-1', { dueDate: '2026-11-20' });
    const overdue = item('X-2', { dueDate: '2026-11-10' });
    const inputs = scheduleInputs(defaultSettings, [done], [future, overdue], '2026-11-16');
    // Start Wed 4th = 0; Fri 20th = 12, so the milestone is at 13; today Mon 16th = 8, so 9. Committed, not done:
    // unlike finished work, it still bounds the slack of the work before it.
    expect(inputs.actuals.get('X-1')).toEqual({ start: 13, finish: 13, committed: true });
    expect(inputs.actuals.get('X-2')).toEqual({ start: 9, finish: 9, committed: true });
  });

  it('starts at the as-of date when nothing in scope says otherwise', () => {
    expect(scheduleInputs(defaultSettings, [open], [], '2026-11-16').calendar.startDate).toBe('2026-11-16');
  });
});

describe('scheduleInputs: work under way', () => {
  // Start Wed 4th = 0 (P-1's actual start); status date Mon 16th = 8.
  const started = item('P-3', {
    status: 'In Progress',
    statusCategory: 'inProgress',
    originalEstimateSeconds: 5 * 8 * 3600,
    remainingEstimateSeconds: 12 * 3600,
    statusCategorySince: '2026-11-10',
  });
  const unsaid = item('P-4', { status: 'In Progress', statusCategory: 'inProgress', originalEstimateSeconds: 2 * 8 * 3600, statusCategorySince: '2026-11-16' });

  it('takes the remaining estimate (12 h = 1.5 days) and the day it entered In Progress (Tue 10th = 4)', () => {
    const inputs = scheduleInputs(defaultSettings, [done, started, unsaid], [], '2026-11-16');
    expect(inputs.remaining.get('P-3')).toBe(1.5);
    expect(inputs.actualStarts.get('P-3')).toBe(4);
    expect(inputs.notBefore.get('P-3')).toBe(8);
  });

  it('takes the whole duration where nothing says what is left, and says so; a start on the status date is no actual start', () => {
    const inputs = scheduleInputs(defaultSettings, [done, started, unsaid], [], '2026-11-16');
    expect(inputs.remaining.get('P-4')).toBe(2);
    expect(inputs.remainingAssumed).toEqual(['P-4']);
    expect(inputs.actualStarts.has('P-4')).toBe(false);
  });

  it('starts the project no later than the earliest actual start of work under way', () => {
    expect(scheduleInputs(defaultSettings, [started], [], '2026-11-16').calendar.startDate).toBe('2026-11-10');
  });

  it('leaves work not yet started alone', () => {
    const inputs = scheduleInputs(defaultSettings, [open], [], '2026-11-16');
    expect(inputs.remaining.size).toBe(0);
    expect(inputs.remainingAssumed).toEqual([]);
  });
});
