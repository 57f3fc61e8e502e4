/**
 * The Gantt's target flags (#17, "Overlays"): which targets `status/get` gives, their words, and where the flags
 * stand. Worked examples on a Mon-Fri calendar from Mon 2026-11-02 at the Weeks scale (12 px a working day,
 * x(offset) = 24 + 12 x offset: gantt-timescale.ts), so a pole at the end of Fri 2026-11-06 (offset 5) is x 84.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { StatusResult } from '@contract';
import { flagDates, labelWidth, placeFlags, targetOffset } from '../../../static/src/gantt/gantt-flags';
import { flagDescription, flagLabel, ganttTargets, varianceWords, type GanttTarget } from '../../../static/src/gantt/gantt-targets';
import { ganttTimescale } from '../../../static/src/gantt/gantt-timescale';

const calendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'] };
const scale = (to = 40, reach: string[] = []) => ganttTimescale({ calendar, projectStart: '2026-11-02', from: 0, to, preset: 'week', viewportWidth: 1000, reach });

function target(id: string, date: string, varianceDays: number | null, extra: Partial<GanttTarget> = {}): GanttTarget {
  return { id, kind: 'milestone', name: id, date, key: null, source: 'test', finish: varianceDays === null ? null : date, varianceDays, basis: 'critical path', done: false, ...extra };
}

function status(extra: Partial<StatusResult> = {}): StatusResult {
  return {
    project: { key: 'PAY', name: 'Payments' }, asOf: '2026-11-16', status: 'at risk', headline: '', reasons: [], disagreements: [], findings: [], probabilityByTarget: null,
    target: { date: '2027-01-11', source: 'version', label: "version 1.0 Launch's release date" },
    finishes: [
      { analysis: 'critical path', date: '2027-01-14', varianceDays: 3, note: null },
      { analysis: 'levelled', date: '2027-01-19', varianceDays: 6, note: null },
    ],
    milestones: [
      { key: 'PAY-150', summary: 'Beta sign-off', target: '2026-12-04', cpm: { date: '2026-12-02', varianceDays: -2 }, levelled: { date: '2026-12-08', varianceDays: 2 }, done: false },
      { key: 'PAY-151', summary: 'Undated gate', target: null, cpm: { date: '2026-12-10', varianceDays: null }, levelled: null, done: false },
    ],
    ...extra,
  };
}

describe('ganttTargets', () => {
  it('flags the launch date and each milestone with a due date, at the critical path by default, by date', () => {
    const targets = ganttTargets(status(), 'cpm');
    expect(targets.map((t) => [t.id, t.date, t.varianceDays, t.basis])).toEqual([
      ['milestone:PAY-150', '2026-12-04', -2, 'critical path'],
      ['launch', '2027-01-11', 3, 'critical path'],
    ]);
    expect(targets[1]?.source).toBe("version 1.0 Launch's release date");
  });

  it('measures against the levelled finish when the bars are levelled, and falls back when levelling gave none', () => {
    expect(ganttTargets(status(), 'levelled').map((t) => [t.id, t.varianceDays, t.basis])).toEqual([
      ['milestone:PAY-150', 2, 'levelled'],
      ['launch', 6, 'levelled'],
    ]);
    const noLevelling = status({ finishes: [{ analysis: 'critical path', date: '2027-01-14', varianceDays: 3, note: null }, { analysis: 'levelled', date: null, varianceDays: null, note: 'Not computed.' }] });
    expect(ganttTargets(noLevelling, 'levelled').find((t) => t.id === 'launch')).toMatchObject({ varianceDays: 3, basis: 'critical path' });
  });

  it('has nothing to flag without an answer or a target', () => {
    expect(ganttTargets(null, 'cpm')).toEqual([]);
    expect(ganttTargets(status({ target: null, milestones: [] }), 'cpm')).toEqual([]);
  });
});

describe('flag words', () => {
  it.each([
    [3, '3 d late'],
    [1, '1 d late'],
    [0, 'on time'],
    [-2, '2 d early'],
    [null, null],
  ])('variance %p reads %p', (variance, words) => {
    expect(varianceWords(variance)).toBe(words);
  });

  it('labels "Launch · 3 d late", a done milestone as done, and clips a long name', () => {
    expect(flagLabel(target('launch', '2027-01-11', 3, { kind: 'launch', name: 'Launch' }))).toBe('Launch · 3 d late');
    expect(flagLabel(target('m', '2026-12-04', 0, { name: 'Beta sign-off', done: true }))).toBe('Beta sign-off · done, on time');
    expect(flagLabel(target('m', '2026-12-04', null, { name: 'A milestone with a very long summary indeed' }))).toBe('A milestone with a ve…');
  });

  it('tells the whole story to screen readers, in the viewer\'s date format', () => {
    const launch = ganttTargets(status(), 'cpm').find((t) => t.id === 'launch');
    if (!launch) throw new Error('no launch target');
    expect(flagDescription(launch)).toBe("Launch target 2027-01-11 (version 1.0 Launch's release date): the critical path finishes 2027-01-14, 3 working days late.");
    const de = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC' });
    expect(flagDescription(launch, (d) => de.format(Date.parse(d)))).toContain('11.1.2027');
    const beta = ganttTargets(status(), 'cpm')[0];
    if (!beta) throw new Error('no milestone');
    expect(flagDescription(beta)).toBe('Milestone PAY-150 Beta sign-off, due 2026-12-04: scheduled 2026-12-02, 2 working days early.');
  });
});

describe('targetOffset and placeFlags', () => {
  it('stands the pole at the end of the target day, where a bar finishing that day ends', () => {
    const s = scale();
    expect(targetOffset(s, '2026-11-06')).toBe(5); // Friday: the end of offset 4
    expect(targetOffset(s, '2026-11-07')).toBe(5); // Saturday: no work, still the end of Friday
    expect(targetOffset(s, '2026-11-02')).toBe(1);
    expect(targetOffset(s, '2026-02-30')).toBeNull();
  });

  it('packs labels into lanes by first fit, and runs a label left of a pole near the right edge', () => {
    const s = scale(80);
    // x 84 (Fri 6 Nov, offset 5), x 96 (Mon 9 Nov, offset 6), x 84 + 12 x 15 = 264 (Fri 27 Nov, offset 20).
    const placed = placeFlags([target('a', '2026-11-06', 3), target('b', '2026-11-09', 0), target('c', '2026-11-27', -1)], s);
    expect(placed.flags.map((f) => [f.target.id, f.x, f.lane, f.side])).toEqual([
      ['a', 84, 0, 'right'],
      ['b', 96, 1, 'right'],
      ['c', 264, 0, 'right'],
    ]);
    expect(placed.lanes).toBe(2);
    expect(placed.flags.map((f) => f.state)).toEqual(['late', 'met', 'met']);
    expect(labelWidth('a · 3 d late')).toBe(12 + Math.ceil(12 * 6.5) + 4);
    // The scale ends at x 24 + 12 x 80 + 24 = 1008; a pole at offset 79 (x 972) runs its label leftwards.
    const edge = placeFlags([target('launch', s.calendar.dateOf(78), 3, { name: 'Launch' })], s).flags[0];
    expect([edge?.x, edge?.side]).toEqual([972, 'left']);
  });

  it('keeps the pole but not the text when every lane is taken', () => {
    const s = scale();
    const crowded = placeFlags([target('a', '2026-11-02', 1), target('b', '2026-11-03', 1), target('c', '2026-11-04', 1)], s, 2);
    expect(crowded.lanes).toBe(2);
    expect(crowded.flags.map((f) => [f.target.id, f.lane, f.width > 0])).toEqual([
      ['a', 0, true],
      ['b', 1, true],
      ['c', 0, false],
    ]);
  });

  it('leaves out a target that is not a calendar date, or off the scale', () => {
    expect(placeFlags([target('bad', '2026-13-01', 1)], scale()).flags).toEqual([]);
    expect(placeFlags([target('far', '2027-06-01', 1)], scale()).flags).toEqual([]);
  });
});

describe('the timescale reaches the targets', () => {
  it('widens the scale to a launch date after the last bar, and to a target before the first', () => {
    const s = scale(10, flagDates([target('launch', '2026-11-27', 3), target('early', '2026-10-30', 0)]));
    // Fri 27 Nov ends at offset 20; the day after Fri 30 Oct is Sat 31 Oct, which counts as Mon 2 Nov (offset 0).
    expect(s.to).toBe(21);
    expect(s.from).toBe(-1);
    const flag = placeFlags([target('launch', '2026-11-27', 3)], s).flags[0];
    expect(flag && flag.x <= s.width).toBe(true);
  });

  it('does not stretch the scale to a target more than two working years away (a mistyped 1900-01-01)', () => {
    const s = scale(10, flagDates([target('typo', '1900-01-01', 3), target('far', '2035-01-01', 1)]));
    expect([s.from, s.to]).toEqual([0, 10]);
  });
});
