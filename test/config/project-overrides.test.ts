/** A project's effective settings: the global ones with the project's whole sections put in. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { effectiveSettings, ownScopeProblem, projectOverridesSchema } from '../../src/config/project-overrides';
import { defaultSettings, settingsSchema } from '../../src/config/settings';

const global = settingsSchema.parse({ ...defaultSettings, fields: { storyPoints: 'customfield_10016', startDate: 'customfield_10015' }, durationSource: 'storyPoints' });

describe('effectiveSettings', () => {
  it('is the global settings when the project overrides nothing', () => {
    expect(effectiveSettings(global, {})).toEqual(global);
  });

  it("replaces a whole section with the project's, and leaves the other sections global", () => {
    const overrides = projectOverridesSchema.parse({ fields: { storyPoints: 'customfield_10028', startDate: null }, calendar: { hoursPerDay: 6 } });
    const pay = effectiveSettings(global, overrides);
    expect(pay.fields).toEqual({ storyPoints: 'customfield_10028', startDate: null, dueDate: 'duedate' });
    expect(pay.calendar).toEqual({ workingDays: [1, 2, 3, 4, 5], hoursPerDay: 6, holidays: [] });
    expect(pay.durationSource).toBe('storyPoints');
    expect(pay.scope).toEqual(global.scope);
  });

  it("encloses a project's own scope JQL in the project, without its ORDER BY", () => {
    const pay = effectiveSettings(global, { scope: { jql: 'project = PAY OR summary ~ "word" ORDER BY Rank' } });
    expect(pay.scope.jql).toBe('project = "{project}" AND (project = PAY OR summary ~ "word")');
    expect(ownScopeProblem({ scope: { jql: 'project = PAY OR summary ~ "word"' } })).toBeNull();
  });

  it('refuses a project scope that would break out of its parentheses', () => {
    expect(ownScopeProblem({ scope: { jql: 'x) OR (project = SEC' } })).toMatch(/closes a parenthesis the query never opened/);
    expect(ownScopeProblem({})).toBeNull();
  });

  it('knows no section that is not a setting, and checks the sections it knows', () => {
    expect(projectOverridesSchema.safeParse({ calendar: { hoursPerDay: 30 } }).error?.issues.map((i) => i.path.join('.'))).toEqual(['calendar.hoursPerDay']);
    expect(projectOverridesSchema.parse({ version: 9, nonsense: true })).toEqual({});
  });
});
