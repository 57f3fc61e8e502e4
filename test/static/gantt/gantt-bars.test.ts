import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { barGeometry, baselineSpan, progressOf, summarySpan } from '../../../static/src/gantt/gantt-bars';
import { ganttTimescale, type TimescalePreset } from '../../../static/src/gantt/gantt-timescale';
import { node, summary } from './gantt-fixtures';

const calendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'] };
const scale = (preset: TimescalePreset) => ganttTimescale({ calendar, projectStart: '2026-11-02', from: 0, to: 80, preset, viewportWidth: 1200 });

describe('barGeometry', () => {
  it.each(['day', 'week', 'month', 'quarter', 'fit'] as const)('at %s, a bar is its working days long and starts at its early start', (preset) => {
    const s = scale(preset);
    const g = barGeometry(node('PAY-1', 3, 8), s);
    expect(g.x).toBe(s.x(3));
    expect(g.width).toBeCloseTo(5 * s.dayWidth, 6);
  });

  it('a task over a weekend is as long as its working days: Fri to Mon is 2 days, not 4', () => {
    const s = scale('day');
    // Offsets 4 (Fri 2026-11-06) and 5 (Mon 2026-11-09).
    expect(barGeometry(node('PAY-2', 4, 6), s).width).toBe(2 * s.dayWidth);
  });

  it('shows slack of open work as a tail from the early finish, none for done work', () => {
    const s = scale('week');
    const open = barGeometry(node('PAY-3', 0, 4, { totalSlackDays: 3 }), s);
    expect([open.slackX, open.slackWidth]).toEqual([s.x(4), 36]);
    expect(barGeometry(node('PAY-4', 0, 4, { totalSlackDays: 3, statusCategory: 'done' }), s).slackWidth).toBe(0);
  });

  it('is a milestone when it takes no time, and colours critical, near-critical, done and outside work', () => {
    const s = scale('week');
    expect(barGeometry(node('PAY-5', 6, 6), s).milestone).toBe(true);
    expect(barGeometry(node('PAY-6', 6, 6, { missingDuration: true }), s).milestone).toBe(false);
    expect(barGeometry(node('PAY-7', 0, 1, { critical: true }), s).variant).toBe('critical');
    expect(barGeometry(node('PAY-8', 0, 1, { nearCritical: true }), s).variant).toBe('near');
    expect(barGeometry(node('PAY-9', 0, 1, { statusCategory: 'done', critical: true }), s).variant).toBe('done');
    expect(barGeometry(node('PLAT-1', 0, 1, { external: true }), s).variant).toBe('external');
  });
});

describe('progressOf', () => {
  it('done is 1, to do is 0, work under way is the share of its drawn span already worked', () => {
    expect(progressOf(node('PAY-1', 0, 5, { statusCategory: 'done' }))).toBe(1);
    expect(progressOf(node('PAY-2', 0, 5))).toBe(0);
    // Drawn from its actual start (offset 2) to its forecast finish (12) with 4 days left: 6 of 10 done.
    expect(progressOf(node('PAY-3', 2, 12, { statusCategory: 'inProgress', underWay: { actualStart: '2026-11-04', daysLeft: 4 } }))).toBe(0.6);
  });
});

describe('summarySpan and baselineSpan', () => {
  it('read the rolled-up and the baseline dates on the schedule calendar, finish exclusive', () => {
    const s = scale('day');
    // Mon 2026-11-09 is offset 5; Fri 2026-11-13 offset 9, so the finish (exclusive) is 10.
    expect(summarySpan(summary('PAY-100', '2026-11-09', '2026-11-13'), s)).toEqual({ start: 5, finish: 10 });
    // A finish on a Saturday ends with Friday's work.
    expect(baselineSpan({ start: '2026-11-09', finish: '2026-11-14' }, s)).toEqual({ x: s.x(5), width: 5 * s.dayWidth });
    expect(baselineSpan({ start: null, finish: '2026-11-14' }, s)).toBeNull();
    expect(baselineSpan({ start: '2026-02-30', finish: '2026-11-14' }, s)).toBeNull();
  });
});
