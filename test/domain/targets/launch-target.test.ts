import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { launchTarget } from '../../../src/domain/targets/launch-target';
import { milestoneVariances, workingDayVariance } from '../../../src/domain/targets/milestone-variance';
import { workingCalendar } from '../../../src/domain/schedule/working-calendar';

const AS_OF = '2026-11-16';

describe('launchTarget', () => {
  it('takes the first source that names a date: settings, then the chosen issue, the version, the latest milestone', () => {
    const all = { settingsDate: '2027-03-01', issue: { key: 'PAY-150', dueDate: '2027-02-05' }, version: { name: '1.0', releaseDate: '2027-01-29' }, milestones: [{ key: 'PAY-140', dueDate: '2027-01-15' }] };
    expect(launchTarget(all, AS_OF).target).toEqual({ date: '2027-03-01', source: 'settings', label: 'the project settings' });
    expect(launchTarget({ ...all, settingsDate: null }, AS_OF).target).toEqual({ date: '2027-02-05', source: 'issue', label: "PAY-150's due date" });
    expect(launchTarget({ ...all, settingsDate: null, issue: null }, AS_OF).target?.label).toBe("version 1.0's release date");
    const milestones = [{ key: 'PAY-140', dueDate: '2027-01-15' }, { key: 'PAY-141', dueDate: '2027-01-22' }, { key: 'PAY-142', dueDate: null }];
    expect(launchTarget({ settingsDate: null, milestones }, AS_OF).target).toEqual({ date: '2027-01-22', source: 'milestone', label: "milestone PAY-141's due date" });
    expect(launchTarget({ settingsDate: null }, AS_OF)).toEqual({ target: null, findings: [] });
  });

  it('says when a version has no release date, and what it assumed instead', () => {
    const { target, findings } = launchTarget({ settingsDate: null, version: { name: '1.0', releaseDate: null }, milestones: [{ key: 'PAY-140', dueDate: '2027-01-15' }] }, AS_OF);
    expect(target?.source).toBe('milestone');
    expect(findings.map((f) => [f.kind, f.title])).toEqual([['target-undated', 'Version 1.0 has no release date']]);
    expect(findings[0]?.advice).toContain("assumes the latest milestone's due date");
  });

  it('says when the chosen launch issue has no due date', () => {
    const { target, findings } = launchTarget({ settingsDate: null, issue: { key: 'PAY-150', dueDate: null }, version: { name: '1.0', releaseDate: '2027-01-29' } }, AS_OF);
    expect(target?.source).toBe('version');
    expect(findings.map((f) => [f.kind, f.issueKeys])).toEqual([['target-undated', ['PAY-150']]]);
  });

  it('keeps a launch date that has passed, with a finding', () => {
    const { target, findings } = launchTarget({ settingsDate: '2026-11-02' }, AS_OF);
    expect(target?.date).toBe('2026-11-02');
    expect(findings.map((f) => f.kind)).toEqual(['target-past']);
    expect(findings[0]?.advice).toContain('still measures the plan against it');
  });
});

describe('milestoneVariances', () => {
  const calendar = workingCalendar({ workingWeekdays: [1, 2, 3, 4, 5], holidays: ['2027-02-08'], hoursPerDay: 8 }, '2026-11-16');

  it('counts the variance in working days: Fri 2027-02-05 -> Wed 02-10 over the holiday on Mon 02-08 is +2', () => {
    expect(workingDayVariance(calendar, '2027-02-10', '2027-02-05')).toBe(2);
    expect(workingDayVariance(calendar, '2027-02-05', '2027-02-10')).toBe(-2);
  });

  it('gives each milestone its CPM date against its due date, and a finding for one that work waits on with no date', () => {
    const { milestones, findings } = milestoneVariances(
      [
        { key: 'PAY-140', summary: 'Beta', dueDate: '2027-02-05', cpmDate: '2027-02-10', successorCount: 2 },
        { key: 'PAY-141', summary: 'Go-live', dueDate: null, cpmDate: '2027-02-12', successorCount: 1 },
        { key: 'PAY-142', summary: 'Retro', dueDate: null, cpmDate: '2027-02-15', successorCount: 0 },
      ],
      calendar,
    );
    expect(milestones.map((m) => [m.key, m.target, m.varianceDays])).toEqual([
      ['PAY-140', '2027-02-05', 2],
      ['PAY-141', null, null],
      ['PAY-142', null, null],
    ]);
    expect(findings.map((f) => [f.kind, f.issueKeys, f.details])).toEqual([['milestone-undated', ['PAY-141'], ['PAY-141: 1 issue waits on it; scheduled 2027-02-12']]]);
  });
});
