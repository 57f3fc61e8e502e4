import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { snapshotSchema, type Snapshot } from '../snapshot-schema';
import { DEMO_BASE_URL, demoSnapshot } from './demo-snapshot';

const countBy = (snapshot: Snapshot, project: string): number =>
  snapshot.issues.filter((issue) => issue.fields.project.key === project).length;

describe('demoSnapshot', () => {
  const snapshot = demoSnapshot();

  it('parses with the snapshot schema', () => {
    const parsed = snapshotSchema.safeParse(snapshot);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(snapshot.site.baseUrl).toBe(DEMO_BASE_URL);
  });

  it('gives the same snapshot for the same seed and today, and another for another seed', () => {
    expect(JSON.stringify(demoSnapshot({ seed: 7 }))).toBe(JSON.stringify(demoSnapshot({ seed: 7 })));
    expect(JSON.stringify(demoSnapshot({ seed: 7 }))).not.toBe(JSON.stringify(demoSnapshot({ seed: 8 })));
  });

  it('keeps the plan relative to today: a week later, every issue is created a week later', () => {
    const later = demoSnapshot({ today: '2026-11-23' });
    const created = (s: Snapshot): number[] => s.issues.map((issue) => Date.parse(issue.fields.created.replace('+0000', 'Z')));
    const shifts = created(later).map((ms, index) => ms - (created(snapshot)[index] ?? 0));
    expect(new Set(shifts)).toEqual(new Set([7 * 86_400_000]));
  });

  it.each([
    ['WEB', 55, 65],
    ['PAY', 140, 160],
    ['PLAT', 27, 33],
    ['SEC', 3, 8],
  ])('has about the asked number of issues in %s, for several seeds', (project, min, max) => {
    for (const seed of [1, 2, 3, 42, 20_261_116]) {
      const count = countBy(demoSnapshot({ seed }), project);
      expect(count).toBeGreaterThanOrEqual(min);
      expect(count).toBeLessThanOrEqual(max);
    }
  });

  it('has every issue type, including epics with children and sub-tasks under stories or tasks', () => {
    const types = new Set(snapshot.issues.map((issue) => issue.fields.issuetype.name));
    expect([...types].sort()).toEqual(['Bug', 'Decision', 'Epic', 'Risk', 'Story', 'Sub-task', 'Task']);
    const byKey = new Map(snapshot.issues.map((issue) => [issue.key, issue]));
    for (const issue of snapshot.issues.filter((candidate) => candidate.fields.issuetype.name === 'Sub-task')) {
      const parent = byKey.get((issue.fields.parent as { key: string }).key);
      expect(['Story', 'Task']).toContain(parent?.fields.issuetype.name);
    }
  });

  it('leaves about one work item in ten unestimated', () => {
    const work = snapshot.issues.filter((issue) => ['Story', 'Task', 'Bug', 'Sub-task'].includes(issue.fields.issuetype.name));
    const unestimated = work.filter(
      (issue) => issue.fields.timeoriginalestimate === null && issue.fields.customfield_10028 === null && issue.fields.customfield_10016 === null,
    );
    expect(unestimated.length / work.length).toBeGreaterThan(0.07);
    expect(unestimated.length / work.length).toBeLessThan(0.13);
  });

  it('rejects a today that is not a calendar date', () => {
    expect(() => demoSnapshot({ today: '2026-02-30' })).toThrow(/not a calendar date/);
    expect(() => demoSnapshot({ today: '16/11/2026' })).toThrow(/YYYY-MM-DD/);
  });
});
