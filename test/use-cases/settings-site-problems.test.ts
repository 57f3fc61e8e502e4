/** What in a set of settings the site does not match, with plain functions for the catalogue and Jira's JQL parser. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { defaultSettings, settingsSchema, type Settings } from '../../src/config/settings';
import { recordedFieldNames, settingsSiteProblems, type SiteCheckPorts } from '../../src/use-cases/settings-site-problems';

const catalog: SiteCheckPorts['catalog'] = {
  fields: [
    { id: 'duedate', name: 'Due date', type: 'date', custom: false },
    { id: 'assignee', name: 'Assignee', type: 'user', custom: false },
    { id: 'customfield_10016', name: 'Story point estimate', type: 'number', custom: true },
    { id: 'customfield_10028', name: 'Story Points', type: 'number', custom: true },
  ],
  linkTypes: [{ name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, { name: 'Mitigates', inward: 'is mitigated by', outward: 'mitigates' }, { name: 'Supersedes', inward: 'is superseded by', outward: 'supersedes' }, { name: 'Relates', inward: 'relates to', outward: 'relates to' }],
  issueTypes: [{ name: 'Story', subtask: false }, { name: 'Risk', subtask: false }, { name: 'Decision', subtask: false }],
};
const parser = (errors: Record<string, string[]>) => ({ catalog, jqlErrors: (jql: string) => Promise.resolve(errors[jql] ?? []) });
const settings = (patch: Record<string, unknown>): Settings => settingsSchema.parse({ ...defaultSettings, ...patch });
const messages = async (s: Settings, projectKey: string | null = null, errors: Record<string, string[]> = {}) =>
  (await settingsSiteProblems(s, parser(errors), projectKey)).map((p) => `${p.severity} ${p.path}: ${p.message}`);

describe('settingsSiteProblems', () => {
  it('finds nothing wrong with the defaults on a site that has their types', async () => {
    expect(await messages(defaultSettings, 'PAY')).toEqual([]);
  });

  it('names a mapped field the site does not have, by its recorded name when there is one (an error)', async () => {
    expect(await messages(settings({ fields: { storyPoints: 'customfield_10999', startDate: 'customfield_10500' }, fieldNames: { customfield_10999: 'Legacy points' } }))).toEqual([
      'error fields.storyPoints: Story points field: "Legacy points" (customfield_10999) does not exist on this site: it was deleted, or these settings come from another site. Pick the field by name, or clear it.',
      'error fields.startDate: Start date field: customfield_10500 does not exist on this site: it was deleted, or these settings come from another site. Pick the field by name, or clear it.',
    ]);
  });

  it('warns when a field id names another field here than where the settings were saved', async () => {
    expect(await messages(settings({ fields: { storyPoints: 'customfield_10016' }, fieldNames: { customfield_10016: 'Story Points' } }))).toEqual([
      'warning fields.storyPoints: Story points field: customfield_10016 is "Story point estimate" on this site but was "Story Points" when these settings were saved (another site, or a renamed field). Check that it is the field you mean.',
    ]);
  });

  it('warns about link and issue types the site lacks (defaults the site lacks are fine)', async () => {
    const s = settings({ linkMappings: [{ linkType: 'Prerequisite', predecessor: 'inward' }, { linkType: 'Blocker', predecessor: 'outward' }], issueTypes: { risk: 'Hazard', decision: 'Decision' }, risks: { treatmentLinkType: 'Treats' } });
    expect(await messages(s)).toEqual([
      'warning linkMappings.0.linkType: This site has no link type "Prerequisite": no dependency is read from it. Pick one of the site\'s link types.',
      'warning risks.treatmentLinkType: This site has no link type "Treats": no risk has a treatment. Pick one of the site\'s link types.',
      'warning issueTypes.risk: This site has no issue type "Hazard": no issue is read as a risk. Pick one of the site\'s issue types.',
    ]);
  });

  it('issue 12, robustness: refuses a decision link type the site lacks (recording a decision would fail after creating its issue)', async () => {
    const s = settings({ decisions: { ...defaultSettings.decisions, supersedesLinkType: 'Replaces', relatesLinkType: 'Concerns' } });
    expect(await messages(s)).toEqual([
      'error decisions.supersedesLinkType: This site has no link type "Replaces": no decision supersedes another, and recording one that does would fail. Pick one of the site\'s link types.',
      'error decisions.relatesLinkType: This site has no link type "Concerns": recording a decision related to other issues would fail. Pick one of the site\'s link types.',
    ]);
  });

  it("reports Jira's parser's words for a scope JQL it refuses, tried on the given project", async () => {
    const s = settings({ scope: { jql: 'project = "{project}" AND flavour = sweet' } });
    expect(await messages(s, 'PAY', { 'project = "PAY" AND flavour = sweet': ["Field 'flavour' does not exist or you do not have permission to view it."] })).toEqual([
      'error scope.jql: Jira cannot run this JQL for PAY (project = "PAY" AND flavour = sweet): Field \'flavour\' does not exist or you do not have permission to view it.',
    ]);
    expect(await messages(s, null, { 'project = "PAY" AND flavour = sweet': ['never asked'] })).toEqual([]);
  });

  it('records the site names of the mapped fields', () => {
    expect(recordedFieldNames(settings({ fields: { storyPoints: 'customfield_10028', startDate: 'customfield_1' } }), catalog)).toEqual({
      customfield_10028: 'Story Points', duedate: 'Due date', assignee: 'Assignee',
    });
  });
});
