import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { baselineDiff, type DaysBetween, type PlanEntry } from '../../../src/domain/evm/baseline-diff';

const calendarDays: DaysBetween = (from, to) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
const entry = (key: string, budget: number, start: string | null, finish: string | null): PlanEntry => ({ key, budget, start, finish });

describe('baselineDiff', () => {
  it('the doc comment example: one changed, one removed, one added; BAC unchanged, finish 4 days later', () => {
    const from = [entry('P-1', 100, '2026-01-05', '2026-01-09'), entry('P-2', 50, '2026-01-12', '2026-01-16')];
    const to = [entry('P-1', 120, '2026-01-07', '2026-01-13'), entry('P-3', 30, '2026-01-19', '2026-01-20')];
    const diff = baselineDiff(from, to, calendarDays);
    expect(diff.changes).toEqual([
      { key: 'P-1', change: 'changed', from: { budget: 100, start: '2026-01-05', finish: '2026-01-09' }, to: { budget: 120, start: '2026-01-07', finish: '2026-01-13' }, startMovedDays: 2, finishMovedDays: 4, budgetChange: 20 },
      { key: 'P-2', change: 'removed', from: { budget: 50, start: '2026-01-12', finish: '2026-01-16' }, to: null, startMovedDays: null, finishMovedDays: null, budgetChange: -50 },
      { key: 'P-3', change: 'added', from: null, to: { budget: 30, start: '2026-01-19', finish: '2026-01-20' }, startMovedDays: null, finishMovedDays: null, budgetChange: 30 },
    ]);
    expect(diff).toMatchObject({ unchanged: 0, bacFrom: 150, bacTo: 150, bacChange: 0, finishFrom: '2026-01-16', finishTo: '2026-01-20', finishMovedDays: 4 });
  });

  it('finds nothing between a plan and itself', () => {
    const plan = [entry('P-1', 100, '2026-01-05', '2026-01-09'), entry('P-2', 0, null, null)];
    expect(baselineDiff(plan, plan, calendarDays)).toEqual({ changes: [], unchanged: 2, bacFrom: 100, bacTo: 100, bacChange: 0, finishFrom: '2026-01-09', finishTo: '2026-01-09', finishMovedDays: 0 });
  });

  it('has no figures to compare for two empty plans: no changes, BAC 0, no planned finish', () => {
    expect(baselineDiff([], [], calendarDays)).toEqual({ changes: [], unchanged: 0, bacFrom: 0, bacTo: 0, bacChange: 0, finishFrom: null, finishTo: null, finishMovedDays: null });
  });

  it.each([
    { name: 'pulled in: negative days', a: entry('P-1', 10, '2026-03-10', '2026-03-20'), b: entry('P-1', 10, '2026-03-02', '2026-03-13'), start: -8, finish: -7, budget: 0 },
    { name: 'budget cut only', a: entry('P-1', 800, '2026-03-10', '2026-03-20'), b: entry('P-1', 650.5, '2026-03-10', '2026-03-20'), start: 0, finish: 0, budget: -149.5 },
    { name: 'a finish date set where there was none: moved is not defined', a: entry('P-1', 10, '2026-03-10', null), b: entry('P-1', 10, '2026-03-10', '2026-03-20'), start: 0, finish: null, budget: 0 },
  ])('$name', ({ a, b, start, finish, budget }) => {
    const [change] = baselineDiff([a], [b], calendarDays).changes;
    expect(change).toMatchObject({ change: 'changed', startMovedDays: start, finishMovedDays: finish, budgetChange: budget });
  });

  it('moves by the days the caller counts: working days skip the weekend', () => {
    // Friday 2026-01-09 -> Monday 2026-01-12: 3 calendar days, 1 working day.
    const weekdaysOnly: DaysBetween = (from, to) => {
      let days = 0;
      for (let t = Date.parse(from); t < Date.parse(to); t += 86_400_000) if (![5, 6].includes(new Date(t).getUTCDay())) days += 1;
      return days;
    };
    const diff = baselineDiff([entry('P-1', 1, '2026-01-09', '2026-01-09')], [entry('P-1', 1, '2026-01-12', '2026-01-12')], weekdaysOnly);
    expect(diff.changes[0]?.finishMovedDays).toBe(1);
    expect(baselineDiff([entry('P-1', 1, '2026-01-09', '2026-01-09')], [entry('P-1', 1, '2026-01-12', '2026-01-12')], calendarDays).finishMovedDays).toBe(3);
  });

  it('sorts changes in Jira key order and counts a repeated key once', () => {
    const from = [entry('P-10', 1, null, null), entry('P-9', 1, null, null), entry('P-9', 99, null, null)];
    const diff = baselineDiff(from, [], calendarDays);
    expect(diff.changes.map((c) => c.key)).toEqual(['P-9', 'P-10']);
    expect(diff.bacFrom).toBe(2);
    expect(diff.bacChange).toBe(-2);
  });
});
