/** Which stored schedule a viewer gets, from the levels the analysis recorded and the viewer's counts. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { storedScheduleChoice } from '../../src/use-cases/stored-schedule-choice';

/** The app sees 10 PAY issues, 3 of them under level 1 and 2 under level 2; `viewer` counts per JQL. */
function ports(viewer: Record<string, number>) {
  const app: Record<string, number> = { 'project = "PAY"': 10, 'project = "PAY" AND level = 1': 3, 'project = "PAY" AND level = 2': 2 };
  return { appCount: (jql: string) => Promise.resolve(app[jql] ?? 0), viewerCount: (jql: string) => Promise.resolve(viewer[jql] ?? null) };
}
const record = (levels: string[], outsideLevels: { projectKey: string; level: string }[] = []) => ({ generation: 'g1', levels, outsideLevels });
const g1 = { generation: 'g1', projects: { PAY: 10 } };

describe('storedScheduleChoice', () => {
  it("gives the app's schedule when the scope used no level, or the viewer sees the whole project or every level", async () => {
    expect(await storedScheduleChoice(ports({}), 'PAY', record([]), g1)).toEqual({ use: 'all', wholeProject: false });
    expect(await storedScheduleChoice(ports({ 'project = "PAY"': 10 }), 'PAY', null, g1)).toEqual({ use: 'all', wholeProject: true });
    expect(await storedScheduleChoice(ports({ 'project = "PAY"': 10 }), 'PAY', record(['1']), g1)).toEqual({ use: 'all', wholeProject: true });
    const inBoth = { 'project = "PAY"': 9, 'project = "PAY" AND level = 1': 3, 'project = "PAY" AND level = 2': 2 };
    expect(await storedScheduleChoice(ports(inBoth), 'PAY', record(['1', '2']), g1)).toEqual({ use: 'all', wholeProject: false });
  });

  it('gives the schedule without levels to a viewer outside a level, partial when they are in another', async () => {
    expect(await storedScheduleChoice(ports({ 'project = "PAY"': 5, 'project = "PAY" AND level = 1': 0 }), 'PAY', record(['1', '2']), g1)).toEqual({ use: 'withoutLevels', partial: false });
    expect(await storedScheduleChoice(ports({ 'project = "PAY"': 7, 'project = "PAY" AND level = 1': 3 }), 'PAY', record(['1', '2']), g1)).toEqual({ use: 'withoutLevels', partial: true });
  });

  it('cannot tell without a record of this generation', async () => {
    expect(await storedScheduleChoice(ports({ 'project = "PAY"': 5 }), 'PAY', null, g1)).toEqual({ use: 'unknown' });
    expect(await storedScheduleChoice(ports({ 'project = "PAY"': 5 }), 'PAY', record([]), { ...g1, generation: 'g2' })).toEqual({ use: 'unknown' });
  });

  it('reads again an analysis stored before Keel kept its projects or the levels of the work it links to', async () => {
    expect(await storedScheduleChoice(ports({ 'project = "PAY"': 10 }), 'PAY', record([]), { generation: 'g1' })).toEqual({ use: 'unknown' });
    expect(await storedScheduleChoice(ports({ 'project = "PAY"': 10 }), 'PAY', { generation: 'g1', levels: [] }, g1)).toEqual({ use: 'unknown' });
  });

  it('shows nothing of a programme to a viewer who does not wholly see each of its other projects', async () => {
    const programme = { generation: 'g1', projects: { PAY: 10, PLAT: 4 } };
    const withPlat = (viewer: Record<string, number>) => ({ ...ports(viewer), appCount: (jql: string) => Promise.resolve(jql === 'project = "PLAT"' ? 4 : 10) });
    const aiko = await storedScheduleChoice(withPlat({ 'project = "PAY"': 10 }), 'PAY', record([]), programme);
    expect(aiko).toMatchObject({ use: 'unavailable' });
    expect(aiko.use === 'unavailable' && aiko.reason).toMatch(/1 other project/);
    expect(aiko.use === 'unavailable' && aiko.reason).not.toMatch(/PLAT/);
    expect(await storedScheduleChoice(withPlat({ 'project = "PAY"': 10, 'project = "PLAT"': 4 }), 'PAY', record([]), programme)).toEqual({ use: 'all', wholeProject: true });
  });

  it('gives the schedule without levels to a viewer outside a level of the linked work outside the scope', async () => {
    const outside = { 'project = "WEB" AND level = 9': 1 };
    const app = (viewer: Record<string, number>) => ({ ...ports(viewer), appCount: (jql: string) => Promise.resolve(({ 'project = "PAY"': 10, ...outside } as Record<string, number>)[jql] ?? 0) });
    const web = [{ projectKey: 'WEB', level: '9' }];
    expect(await storedScheduleChoice(app({ 'project = "PAY"': 10, 'project = "WEB" AND level = 9': 0 }), 'PAY', record([], web), g1)).toEqual({ use: 'withoutLevels', partial: true });
    expect(await storedScheduleChoice(app({ 'project = "PAY"': 10, 'project = "WEB" AND level = 9': 1 }), 'PAY', record([], web), g1)).toEqual({ use: 'all', wholeProject: true });
    expect(await storedScheduleChoice(app({ 'project = "PAY"': 6 }), 'PAY', record([], web), g1)).toEqual({ use: 'withoutLevels', partial: false });
  });
});
