import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { jiraIssue } from '../../../src/adapters/jira/jira-issue-schema';
import { fieldsToRequest, workItemFromIssue } from '../../../src/adapters/jira/work-item-from-issue';
import { storedIssue } from '../../../src/adapters/storage/stored-issue';
import { defaultSettings } from '../../../src/config/settings';
import { demoSnapshot } from '../../sandbox/demo/demo-snapshot';

const settings = { ...defaultSettings, fields: { ...defaultSettings.fields, storyPoints: 'customfield_10016', startDate: 'customfield_10015' } };
const fields = fieldsToRequest(settings);
// As Jira's search answers them: only the fields asked for.
const issues = demoSnapshot({ today: '2026-11-16' }).issues.map((i) =>
  jiraIssue.parse({ ...i, fields: Object.fromEntries(Object.entries(i.fields).filter(([id]) => fields.includes(id))) }),
);

describe('storedIssue', () => {
  it('reads back into the very work item Jira answer does, for every demo issue', () => {
    for (const issue of issues) expect(workItemFromIssue(storedIssue(issue, fields), settings)).toEqual(workItemFromIssue(issue, settings));
  });

  it("keeps a fraction of Jira's answer: no URLs, avatars, icons or linked issues' fields", () => {
    const stored = JSON.stringify(issues.map((i) => storedIssue(i, fields)));
    expect(JSON.stringify(issues)).toMatch(/"self"/);
    expect(stored).not.toMatch(/"self"|avatarUrls|iconUrl/);
    expect(stored.length).toBeLessThan(JSON.stringify(issues).length / 2);
  });
});
