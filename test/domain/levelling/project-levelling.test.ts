import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { projectLevelling } from '../../../src/domain/levelling/project-levelling';
import type { ResourceSettings } from '../../../src/domain/levelling/project-problem';
import { criticalPath } from '../../../src/domain/schedule/critical-path';
import { calendar, network, type Activity } from '../schedule/network-builder';

/** A project (Monday 2025-01-06, 8-hour days) whose issues have the given assignees. */
function level(activities: Activity[], assignees: Record<string, string | null>, resources: ResourceSettings, options = {}) {
  const { items, rules } = network(activities);
  const assigned = items.map((i) => ({ ...i, assigneeId: assignees[i.key] ?? null, assigneeName: assignees[i.key] ?? null }));
  const schedule = criticalPath({ items: assigned, rules, calendar, duration: { source: 'originalEstimate', daysPerPoint: 1 }, nearCriticalDays: 0, includeEdges: true });
  return projectLevelling({ schedule, items: assigned, calendar, resources, options: { method: 'priority', ...options } });
}

const nobody: ResourceSettings = { people: [], pools: [] };

// Worked by hand from DESIGN.md section 1, "Resource levelling", on the calendar Monday 2025-01-06, Mon-Fri.
describe('projectLevelling', () => {
  it('Noor has two 2-day stories at once: the second waits for the first and the finish moves from Tue 7 to Thu 9 January', () => {
    const result = level([{ key: 'PAY-1', days: 2 }, { key: 'PAY-2', days: 2 }], { 'PAY-1': 'noor', 'PAY-2': 'noor' }, nobody);
    expect(result.cpmFinish).toBe('2025-01-07');
    expect(result.levelledFinish).toBe('2025-01-09');
    expect(result.finishDelayDays).toBe(2);
    expect(result.issues['PAY-2']).toEqual({
      key: 'PAY-2',
      resource: 'noor',
      levelledStart: '2025-01-08',
      levelledFinish: '2025-01-09',
      earlyStart: '2025-01-06',
      earlyFinish: '2025-01-07',
      delayDays: 2,
      waitsFor: { kind: 'resource', resource: 'noor', holder: 'PAY-1' },
      startOffset: 2,
      finishOffset: 4,
    });
    expect(result.moved).toEqual(['PAY-2']);
  });

  it('16 h at 50% availability takes 4 days (the issue’s example)', () => {
    const people = [{ accountId: 'noor', availabilityPercent: 50, timeOff: [] }];
    const result = level([{ key: 'PAY-1', days: 2 }], { 'PAY-1': 'noor' }, { people, pools: [] });
    expect(result.issues['PAY-1']?.levelledFinish).toBe('2025-01-09');
  });

  it('time off: Aiko away Mon 6 - Tue 7 starts on Wednesday; a successor waits for its predecessor', () => {
    const people = [{ accountId: 'aiko', availabilityPercent: 100, timeOff: [{ from: '2025-01-06', to: '2025-01-07' }] }];
    const result = level([{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1, after: ['PAY-1'] }], { 'PAY-1': 'aiko' }, { people, pools: [] });
    expect(result.issues['PAY-1']?.levelledStart).toBe('2025-01-08');
    expect(result.issues['PAY-1']?.waitsFor).toEqual({ kind: 'resource', resource: 'aiko', holder: null });
    expect(result.issues['PAY-2']?.waitsFor).toEqual({ kind: 'predecessor', key: 'PAY-1' });
  });

  it('findings name the issue and the resource: unassigned, 0% availability, a pool of 0; the rest is levelled', () => {
    const people = [{ accountId: 'zed', availabilityPercent: 0, timeOff: [] }];
    const resources: ResourceSettings = { people, pools: [{ name: 'backend', size: 0 }], poolOf: (i) => (i.key === 'PAY-3' ? 'backend' : null) };
    const result = level(
      [{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1 }, { key: 'PAY-3', days: 1 }, { key: 'PAY-4', days: 1 }, { key: 'PAY-5', days: 1 }],
      { 'PAY-1': 'zed', 'PAY-4': 'noor', 'PAY-5': 'noor' },
      resources,
    );
    const byKind = Object.fromEntries(result.findings.map((f) => [f.kind, f.details]));
    expect(byKind['levelling-unassigned']).toEqual(['PAY-2 has no assignee and no pool: not levelled']);
    expect(byKind['levelling-no-capacity']).toEqual(['PAY-1 needs 1 of zed, which has 0', 'PAY-3 needs 1 of backend, which has 0']);
    expect(result.issues['PAY-5']?.levelledStart).toBe('2025-01-07');
  });

  it('ignoring pools leaves pooled work unlevelled and says so', () => {
    const resources: ResourceSettings = { people: [], pools: [{ name: 'backend', size: 1 }], poolOf: () => 'backend', ignorePools: true };
    const result = level([{ key: 'PAY-1', days: 1 }, { key: 'PAY-2', days: 1 }], {}, resources);
    expect(result.levelledFinish).toBe('2025-01-06');
    expect(result.findings.map((f) => f.kind)).toEqual(['levelling-unassigned']);
  });

  it('a search its time cap cut short is a finding that names the schedules tried and the seed', () => {
    // Three 2-day issues on a pool of 2: no schedule beats 4 days, above the resource bound of 3, so the search
    // would run its whole budget; a cap already spent cuts it after the first population.
    const resources: ResourceSettings = { people: [], pools: [{ name: 'backend', size: 2 }], poolOf: () => 'backend' };
    const activities = [{ key: 'PAY-1', days: 2 }, { key: 'PAY-2', days: 2 }, { key: 'PAY-3', days: 2 }];
    const cut = level(activities, {}, resources, { method: 'search', seed: 5, deadline: () => true });
    const finding = cut.findings.find((f) => f.kind === 'levelling-cut-short');
    expect(finding?.details).toEqual([`${cut.schedules} of 30,000 schedules tried (seed 5)`]);
    expect(finding?.issueKeys).toEqual([]);
    expect(level(activities, {}, resources, { method: 'search', seed: 5 }).findings.map((f) => f.kind)).not.toContain('levelling-cut-short');
  });
});
