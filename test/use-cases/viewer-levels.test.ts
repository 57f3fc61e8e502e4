/** A viewer's access to each issue security level, from their own counts against the app's. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { browsesProject, seesWholeProject, viewerLevelAccess } from '../../src/use-cases/viewer-levels';

/** Counts per JQL for the app and the viewer; a missing viewer count is Jira refusing the query (null). */
function ports(app: Record<string, number>, viewer: Record<string, number>) {
  return { appCount: (jql: string) => Promise.resolve(app[jql] ?? 0), viewerCount: (jql: string) => Promise.resolve(viewer[jql] ?? null) };
}
const level = (id: string) => `project = "PAY" AND level = ${id}`;

describe('viewerLevelAccess', () => {
  it('reads member, outside and unknown from the two counts', async () => {
    const access = await viewerLevelAccess(
      ports({ [level('1')]: 4, [level('2')]: 3, [level('3')]: 0, [level('4')]: 5, [level('5')]: 2 }, { [level('1')]: 4, [level('2')]: 0, [level('3')]: 0, [level('4')]: 2 }),
      'PAY',
      ['1', '2', '3', '4', '5'],
    );
    // 1: all four; 2: none of three; 3: no issue today; 4: two of five; 5: Jira refused the level to the viewer.
    expect(Object.fromEntries(access)).toEqual({ 1: 'member', 2: 'outside', 3: 'unknown', 4: 'unknown', 5: 'outside' });
  });

  it('says whether the viewer sees every issue of the project the app sees', async () => {
    expect(await seesWholeProject(ports({ 'project = "PAY"': 7 }, { 'project = "PAY"': 7 }), 'PAY')).toBe(true);
    expect(await seesWholeProject(ports({ 'project = "PAY"': 7 }, { 'project = "PAY"': 5 }), 'PAY')).toBe(false);
  });

  it('says whether the viewer may browse the project: some of its issues counted, or all (none there)', async () => {
    const pay = (app: number | null, viewer: number | null) => ({ appCount: () => Promise.resolve(app), viewerCount: () => Promise.resolve(viewer) });
    expect(await browsesProject(pay(7, 5), 'PAY')).toBe(true);
    expect(await browsesProject(pay(7, 7), 'PAY')).toBe(true);
    expect(await browsesProject(pay(0, 0), 'PAY')).toBe(true);
    // Jira refuses the project to a viewer who may not browse it, or counts none of its issues for them.
    expect(await browsesProject(pay(7, null), 'PAY')).toBe(false);
    expect(await browsesProject(pay(7, 0), 'PAY')).toBe(false);
    // The app's count refused: nothing tells.
    expect(await browsesProject(pay(null, 3), 'PAY')).toBe(false);
  });
});
