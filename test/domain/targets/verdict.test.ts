/**
 * The verdict's rules on worked cases. Sources: case "PAY" takes its dates from issue 16's account of the demo
 * (Dependencies "Finish (early) 2026-12-23", earned value "Forecast finish 9 Feb 2027", due dates to 2027-02-05,
 * 15 issues without estimates) against a launch on Friday 2027-01-29; the others are hand-computed on a
 * Monday-Friday calendar with no holidays, the counts written out beside them.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { workingCalendar } from '../../../src/domain/schedule/working-calendar';
import type { LaunchTarget } from '../../../src/domain/targets/launch-target';
import { verdict, type VerdictInput } from '../../../src/domain/targets/verdict';

const calendar = workingCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidays: [], hoursPerDay: 8 }, '2026-11-16');
const launch = (date: string, label = 'version 1.0’s release date'): LaunchTarget => ({ date, source: 'version', label });
const base = (overrides: Partial<VerdictInput>): VerdictInput => ({
  target: launch('2027-01-29'),
  calendar,
  criticalPath: { finish: '2026-12-23', unestimated: 0 },
  earnedSchedule: null,
  dueDates: null,
  marginDays: 5,
  ...overrides,
});

describe('verdict', () => {
  it('PAY (issue 16): the critical path is 27 days early, but earned schedule and the due dates are after the launch: at risk, and says why they disagree', () => {
    // Wed 2026-12-23 -> Fri 2027-01-29: 5 weeks to Wed 01-27 (25) + Thu, Fri = 27 working days early.
    // Fri 01-29 -> Tue 02-09: Mon-Fri (5) + Mon, Tue = 7 late; -> Fri 02-05: 5 late.
    const v = verdict(base({
      criticalPath: { finish: '2026-12-23', unestimated: 15 },
      earnedSchedule: { finish: '2027-02-09', spiT: 0.9 },
      dueDates: { latest: '2027-02-05', key: 'PAY-150' },
    }));
    expect(v.status).toBe('at risk');
    expect(v.dates).toEqual([
      { analysis: 'critical path', date: '2026-12-23', varianceDays: -27 },
      { analysis: 'earned schedule', date: '2027-02-09', varianceDays: 7 },
      { analysis: 'due dates', date: '2027-02-05', varianceDays: 5 },
    ]);
    expect(v.reasons).toEqual([
      'At the pace so far (SPI(t) 0.90), earned schedule forecasts 2027-02-09, 7 working days after the launch date 2027-01-29 (version 1.0’s release date).',
      "Jira's due dates run to 2027-02-05 (PAY-150), 5 working days after the launch date 2027-01-29 (version 1.0’s release date).",
    ]);
    expect(v.disagreements).toEqual([
      'Earned schedule (2027-02-09) and the critical path (2026-12-23) are 34 working days apart: the critical path schedules the estimates left from today, while earned schedule stretches the baseline\'s duration by the pace so far (SPI(t) 0.90: slower than the baseline planned).',
      'Jira\'s due dates run to 2027-02-05 (PAY-150), 32 working days after the critical path\'s finish: the critical path counts only estimated work, and 15 issues without an estimate may hide work.',
    ]);
  });

  it('late when the critical path finishes after the launch date, whatever the other analyses say', () => {
    // Fri 2026-12-18 -> Wed 12-23: Mon, Tue, Wed = 3 working days late.
    const v = verdict(base({ target: { date: '2026-12-18', source: 'settings', label: 'the project settings' }, earnedSchedule: { finish: '2026-12-16', spiT: 1.05 } }));
    expect(v.status).toBe('late');
    expect(v.reasons).toEqual(['The critical path finishes on 2026-12-23, 3 working days after the launch date 2026-12-18 (the project settings).']);
    // Earned schedule is on time (Wed 12-16, 2 days early), the critical path late: either side of the target,
    // Wed 12-16 -> Wed 12-23 = 5 working days apart.
    expect(v.disagreements).toHaveLength(1);
    expect(v.disagreements[0]).toContain('5 working days apart');
    expect(v.disagreements[0]).toContain('faster than the baseline planned');
  });

  it('at risk when the finish leaves less margin than the near-critical threshold', () => {
    // Wed 12-23 -> Mon 12-28: Thu, Fri, Mon = 3 working days of margin, under 5.
    const v = verdict(base({ target: launch('2026-12-28') }));
    expect(v.status).toBe('at risk');
    expect(v.reasons).toEqual(['Only 3 working days of margin between the critical path\'s finish (2026-12-23) and the launch date, under the near-critical threshold of 5 working days.']);
    expect(v.disagreements).toEqual([]);
  });

  it('on track when every date is on or before the launch with margin; analyses further apart than the margin still say why', () => {
    // Wed 12-23 -> Mon 2027-01-04: Thu 24 .. Fri 01-01 (7) + Mon = 8 working days apart, over the margin of 5.
    const v = verdict(base({ earnedSchedule: { finish: '2027-01-04', spiT: 0.97 } }));
    expect(v.status).toBe('on track');
    expect(v.reasons).toEqual(['The critical path finishes on 2026-12-23, 27 working days before the launch date 2027-01-29 (version 1.0’s release date). Earned schedule agrees: 2027-01-04.']);
    expect(v.disagreements).toHaveLength(1);
    expect(v.disagreements[0]).toMatch(/^Earned schedule \(2027-01-04\) and the critical path \(2026-12-23\) are 8 working days apart/);
  });

  it('finishing on the launch day itself is on time, with no margin: at risk', () => {
    const v = verdict(base({ target: launch('2026-12-23') }));
    expect(v.dates[0]?.varianceDays).toBe(0);
    expect(v.status).toBe('at risk');
    expect(v.reasons[0]).toMatch(/^Only 0 working days of margin/);
  });

  it('gives no verdict without a target, but still the dates and what to do', () => {
    const v = verdict(base({ target: null, dueDates: { latest: '2027-02-05', key: 'PAY-150' } }));
    expect(v.status).toBe('no target');
    expect(v.dates.map((d) => d.varianceDays)).toEqual([null, null]);
    expect(v.reasons[0]).toContain('No launch date');
  });

  it('due dates before the critical path: the estimates need more time than the due dates allow', () => {
    // Due Fri 12-11, critical path Wed 12-23: Mon 14 .. Fri 18 (5) + Mon, Tue, Wed = 8 working days later.
    const v = verdict(base({ target: launch('2027-01-29'), dueDates: { latest: '2026-12-11', key: 'PAY-9' } }));
    expect(v.status).toBe('on track');
    expect(v.disagreements).toEqual(['The critical path finishes 8 working days after Jira\'s latest due date (2026-12-11): the estimates and links need more time than the due dates allow.']);
  });
});
