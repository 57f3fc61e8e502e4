/**
 * Held-out fixture (issue 16): a small release where Jira's due dates and the critical path disagree, run through
 * the real critical path, milestones and verdict. Build (5 d) -> Harden (5 d) -> Launch (milestone, 0 d); Docs has
 * no estimate and also precedes Launch. Monday-Friday from Monday 2025-01-06, no holidays. The team's due dates run
 * to Harden's 2025-02-28, two weeks past the launch ticket's due date 2025-02-14, while the estimates finish on
 * Friday 2025-01-17. The verdict must be "at risk" and say that the critical path counts only estimated work.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { launchTarget } from '../../../src/domain/targets/launch-target';
import { milestoneVariances } from '../../../src/domain/targets/milestone-variance';
import { verdict } from '../../../src/domain/targets/verdict';
import { calendar, schedule, network } from '../schedule/network-builder';

const activities = [
  { key: 'REL-1', days: 5 },
  { key: 'REL-2', days: 5, after: ['REL-1'] },
  { key: 'REL-3', days: 0, after: ['REL-2', 'REL-4'] },
  { key: 'REL-4', days: null },
];
const due: Record<string, string> = { 'REL-1': '2025-02-07', 'REL-2': '2025-02-28', 'REL-3': '2025-02-14' };
const items = network(activities).items.map((i) => ({ ...i, dueDate: due[i.key] ?? null }));

describe('a release whose due dates and critical path disagree', () => {
  const cpm = schedule(activities, { items, nearCriticalDays: 5 });

  it('schedules the estimates: finish Friday 2025-01-17, one issue without an estimate', () => {
    expect(cpm.projectFinishDate).toBe('2025-01-17');
    expect(cpm.missingDuration).toEqual(['REL-4']);
  });

  it('is at risk against the launch ticket, and says the due dates run past it while the estimates do not', () => {
    const { target, findings } = launchTarget({ settingsDate: null, issue: { key: 'REL-3', dueDate: due['REL-3'] ?? null } }, '2025-01-06');
    expect(findings).toEqual([]);
    const launch = cpm.items['REL-3'];
    const { milestones } = milestoneVariances([{ key: 'REL-3', summary: 'Launch', dueDate: '2025-02-14', cpmDate: launch?.dates.earlyFinish ?? '', successorCount: 0 }], calendar);
    // Fri 01-17 -> Fri 02-14: four weeks early.
    expect(milestones[0]?.varianceDays).toBe(-20);
    const open = items.filter((i) => i.dueDate !== null).sort((a, b) => (b.dueDate ?? '').localeCompare(a.dueDate ?? ''));
    const v = verdict({
      target,
      calendar,
      criticalPath: { finish: cpm.projectFinishDate, unestimated: cpm.missingDuration.length },
      earnedSchedule: null,
      dueDates: { latest: open[0]?.dueDate ?? '', key: open[0]?.key ?? '' },
      marginDays: 5,
    });
    expect(v.status).toBe('at risk');
    expect(v.reasons).toEqual(["Jira's due dates run to 2025-02-28 (REL-2), 10 working days after the launch date 2025-02-14 (REL-3's due date)."]);
    expect(v.disagreements).toEqual([
      "Jira's due dates run to 2025-02-28 (REL-2), 30 working days after the critical path's finish: the critical path counts only estimated work, and 1 issue without an estimate may hide work.",
    ]);
  });
});
