import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { ganttTimescale, nonWorkingMarks, scaleTicks, DAY_WIDTH, PAD, type TimescalePreset } from '../../../static/src/gantt/gantt-timescale';

// Mon 2026-11-02 is offset 0 of a Monday-to-Friday calendar; 2026-12-25 (Fri) a holiday.
const calendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'] };
const scale = (preset: TimescalePreset, from = 0, to = 60, viewportWidth = 1000) => ganttTimescale({ calendar, projectStart: '2026-11-02', from, to, preset, viewportWidth });

describe('ganttTimescale', () => {
  it('gives every working day the preset width, so x grows by working days only', () => {
    const s = scale('week', 0, 10);
    expect(s.x(0)).toBe(PAD);
    expect(s.x(10) - s.x(0)).toBe(10 * DAY_WIDTH.week);
    expect(s.width).toBe(2 * PAD + 10 * DAY_WIDTH.week);
  });

  it('fits the span to the viewport', () => {
    const s = scale('fit', 0, 100, 1048);
    expect(s.dayWidth).toBe(10);
    expect(s.width).toBe(1048);
  });

  it('uses the schedule calendar: the holiday is not a working day', () => {
    const s = scale('day');
    // 2026-12-25 skipped: Thu 24 is offset 38, Mon 28 is offset 39.
    expect(s.calendar.dateOf(38)).toBe('2026-12-24');
    expect(s.calendar.dateOf(39)).toBe('2026-12-28');
  });
});

describe('nonWorkingMarks', () => {
  it('marks weekends at the boundary before the next working day, and the holiday with its weekend', () => {
    const marks = nonWorkingMarks(scale('day', 0, 40), calendar.holidays);
    expect(marks[0]).toEqual({ offset: 5, dates: ['2026-11-07', '2026-11-08'], holiday: false });
    expect(marks.find((m) => m.holiday)).toEqual({ offset: 39, dates: ['2026-12-25', '2026-12-26', '2026-12-27'], holiday: true });
    expect(marks).toHaveLength(8);
  });
});

describe('scaleTicks', () => {
  it.each([
    ['day', '02 Nov'],
    ['week', '2 Nov'],
    ['month', 'Nov 2026'],
    ['quarter', 'Q4 2026'],
  ] as const)('labels the %s preset by its unit (%s first), never overlapping', (preset, first) => {
    const s = scale(preset, 0, 300);
    const ticks = scaleTicks(s);
    expect(ticks[0]?.label).toBe(first);
    const labelled = ticks.filter((t) => t.label !== null);
    for (let i = 1; i < labelled.length; i += 1) {
      const prev = labelled[i - 1]!;
      expect(s.x(labelled[i]!.offset)).toBeGreaterThanOrEqual(s.x(prev.offset) + (prev.label ?? '').length * 6.5 + 8);
    }
  });

  it('puts week ticks on Mondays (or the first working day of the week)', () => {
    const s = scale('week', 0, 40);
    const dates = scaleTicks(s).map((t) => s.calendar.dateOf(t.offset));
    expect(dates.slice(0, 3)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
  });
});
