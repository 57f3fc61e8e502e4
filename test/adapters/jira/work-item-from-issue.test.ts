import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { jiraIssue } from '../../../src/adapters/jira/jira-issue-schema';
import { fieldsToRequest, workItemFromIssue } from '../../../src/adapters/jira/work-item-from-issue';
import { defaultSettings, type Settings } from '../../../src/config/settings';

const settings: Settings = { ...defaultSettings, fields: { storyPoints: 'customfield_10016', startDate: 'customfield_10015', dueDate: 'duedate' } };

// Shaped as POST /rest/api/3/search/jql answers on a Jira Cloud site.
const raw = {
  id: '10042',
  key: 'PAY-42',
  fields: {
    summary: 'Card tokenisation service',
    issuetype: { id: '10001', name: 'Story' },
    status: { id: '3', name: 'In Progress', statusCategory: { id: 4, key: 'indeterminate', name: 'In Progress' } },
    project: { id: '10000', key: 'PAY' },
    parent: { id: '10040', key: 'PAY-40', fields: { summary: 'Payments epic' } },
    assignee: { accountId: '712020:aa', displayName: 'Marcus Webb' },
    timeoriginalestimate: 57600,
    timeestimate: 21600,
    timespent: 43200,
    statuscategorychangedate: '2026-11-23T09:12:44.000+0000',
    duedate: '2026-12-04',
    customfield_10016: 5,
    customfield_10015: '2026-11-20',
    issuelinks: [
      { id: '20001', type: { id: '1', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, inwardIssue: { id: '10300', key: 'PLAT-3', fields: {} } },
      { id: '20002', type: { id: '1', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, outwardIssue: { id: '10043', key: 'PAY-43', fields: {} } },
    ],
  },
};

describe('workItemFromIssue', () => {
  it('reads status category, parent, estimates, mapped fields and both link directions', () => {
    expect(workItemFromIssue(jiraIssue.parse(raw), settings)).toEqual({
      key: 'PAY-42',
      projectKey: 'PAY',
      summary: 'Card tokenisation service',
      type: 'Story',
      status: 'In Progress',
      statusCategory: 'inProgress',
      parentKey: 'PAY-40',
      assigneeId: '712020:aa',
      assigneeName: 'Marcus Webb',
      resolutionDate: null,
      originalEstimateSeconds: 57600,
      estimateFromSubtasks: false,
      remainingEstimateSeconds: 21600,
      timeSpentSeconds: 43200,
      statusCategorySince: '2026-11-23',
      storyPoints: 5,
      startDate: '2026-11-20',
      dueDate: '2026-12-04',
      links: [
        { id: '20001', linkType: 'Blocks', direction: 'inward', otherKey: 'PLAT-3', otherProjectKey: 'PLAT' },
        { id: '20002', linkType: 'Blocks', direction: 'outward', otherKey: 'PAY-43', otherProjectKey: 'PAY' },
      ],
    });
  });

  it('turns text in a number field into "no value" rather than a wrong number', () => {
    const item = workItemFromIssue(jiraIssue.parse({ ...raw, fields: { ...raw.fields, customfield_10016: 'five' } }), settings);
    expect(item.storyPoints).toBeNull();
  });

  it('copes with an issue that carries only its id and key', () => {
    const item = workItemFromIssue(jiraIssue.parse({ id: '1', key: 'WEB-1', fields: {} }), settings);
    expect(item).toMatchObject({ projectKey: 'WEB', statusCategory: 'todo', links: [], originalEstimateSeconds: null });
  });

  it('reads a mapped three-point estimate in working days, text as no value, and none when nothing is mapped', () => {
    const fields = { optimistic: 'customfield_10101', mostLikely: 'customfield_10102', pessimistic: 'customfield_10103', scheduleImpactDays: null };
    const mapped = { ...settings, forecast: { ...settings.forecast, fields } };
    const issue = jiraIssue.parse({ ...raw, fields: { ...raw.fields, customfield_10101: 2, customfield_10102: 3.5, customfield_10103: 'eight' } });
    expect(workItemFromIssue(issue, mapped).threePoint).toEqual({ optimistic: 2, mostLikely: 3.5, pessimistic: null });
    expect(workItemFromIssue(issue, settings).threePoint).toBeUndefined();
  });

  it('asks Jira only for the fields the settings map', () => {
    expect(fieldsToRequest(settings)).toEqual(['summary', 'issuetype', 'status', 'project', 'parent', 'assignee', 'timeoriginalestimate', 'aggregatetimeoriginalestimate', 'resolutiondate', 'issuelinks', 'security', 'timeestimate', 'timespent', 'statuscategorychangedate', 'customfield_10016', 'customfield_10015', 'duedate', 'priority']);
    const forecast = { ...settings.forecast, fields: { ...settings.forecast.fields, optimistic: 'customfield_10101', mostLikely: 'customfield_10102', pessimistic: 'customfield_10103' } };
    expect(fieldsToRequest({ ...settings, forecast }).slice(-4, -1)).toEqual(['customfield_10101', 'customfield_10102', 'customfield_10103']);
  });

  it('asks for the remaining estimate when the duration source needs it for work under way, and always for time spent (the forecast calibrates on it)', () => {
    const extra = (durationSource: Settings['durationSource']) => fieldsToRequest({ ...settings, durationSource }).filter((f) => f === 'timeestimate' || f === 'timespent');
    expect(extra('originalEstimate')).toEqual(['timeestimate', 'timespent']);
    expect(extra('storyPoints')).toEqual(['timeestimate', 'timespent']);
    expect(extra('dateSpan')).toEqual(['timespent']);
  });
});

describe('issue 12, robustness: a malformed date in a mapped date field', () => {
  it('reads as no date and is noted for the finding, whatever the other fields hold', () => {
    const item = workItemFromIssue(jiraIssue.parse({ ...raw, fields: { ...raw.fields, duedate: '2026-02-30', customfield_10015: 'next week' } }), settings);
    expect(item).toMatchObject({ dueDate: null, startDate: null, malformedDates: ['start date: next week', 'due date: 2026-02-30'], storyPoints: 5 });
    expect(workItemFromIssue(jiraIssue.parse(raw), settings).malformedDates).toBeUndefined();
  });
});
