import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { decisionFieldsToRequest, decisionFromIssue, type DecisionFieldMap } from '../../../src/adapters/jira/decision-from-issue';
import { jiraIssue } from '../../../src/adapters/jira/jira-issue-schema';
import { defaultDecisionSettings } from '../../../src/config/decision-settings';

const map: DecisionFieldMap = { statusField: null, dateField: 'customfield_10059', ownerField: 'customfield_10054', statusNames: defaultDecisionSettings.statusNames, supersedesLinkType: 'Supersedes' };
const supersedes = { id: '10015', name: 'Supersedes', inward: 'is superseded by', outward: 'supersedes' };
const relates = { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' };
const text = (t: string) => ({ type: 'text', text: t });
const heading = (t: string) => ({ type: 'heading', attrs: { level: 3 }, content: [text(t)] });
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const bullets = (...items: string[]) => ({ type: 'bulletList', content: items.map((i) => ({ type: 'listItem', content: [paragraph(text(i))] })) });

const description = {
  type: 'doc',
  version: 1,
  content: [
    heading('Context'),
    paragraph(text('The old CMS is '), { type: 'text', text: 'end of life', marks: [{ type: 'strong' }] }, text('.')),
    heading('Options considered'),
    bullets('Contentful', 'Sanity <script>alert(1)</script>'),
    heading('Outcome'),
    paragraph(text('Contentful, agreed with '), { type: 'mention', attrs: { id: 'a-ruth', text: '@Ruth' } }, text('.')),
    heading('Consequences:'),
    paragraph(text('Licence cost.'), { type: 'hardBreak' }, text('Training.')),
  ],
};

const issue = (fields: Record<string, unknown>) =>
  jiraIssue.parse({
    id: '10050',
    key: 'WEB-50',
    fields: {
      summary: 'Choose a headless CMS',
      status: { name: 'Decided', statusCategory: { key: 'done' } },
      assignee: { accountId: 'a-lena', displayName: 'Lena' },
      created: '2026-09-01T10:00:00.000+0000',
      description,
      customfield_10054: { accountId: 'a-priya', displayName: 'Priya', active: true },
      customfield_10059: '2026-09-04',
      issuelinks: [
        { id: '1', type: supersedes, outwardIssue: { id: '1', key: 'WEB-40' } },
        { id: '2', type: supersedes, inwardIssue: { id: '2', key: 'WEB-60' } },
        { id: '3', type: relates, outwardIssue: { id: '3', key: 'WEB-7' } },
        { id: '4', type: relates, inwardIssue: { id: '4', key: 'PAY-2' } },
      ],
      ...fields,
    },
  });

describe('decisionFromIssue', () => {
  it('reads status, owner, date, the four sections as plain text, links and supersedes both ways', () => {
    expect(decisionFromIssue(issue({}), map)).toEqual({
      key: 'WEB-50',
      title: 'Choose a headless CMS',
      status: 'decided',
      statusName: 'Decided',
      owner: { accountId: 'a-priya', displayName: 'Priya', active: true },
      date: '2026-09-04',
      context: 'The old CMS is end of life.',
      options: ['Contentful', 'Sanity <script>alert(1)</script>'],
      outcome: 'Contentful, agreed with @Ruth.',
      consequences: 'Licence cost.\nTraining.',
      linkedKeys: ['WEB-7', 'PAY-2'],
      supersedes: ['WEB-40'],
      supersededBy: ['WEB-60'],
      problems: [],
    });
  });

  it('falls back on the assignee and the created day, and reads a status from a mapped select', () => {
    const record = decisionFromIssue(issue({ customfield_10054: null, customfield_10059: null, customfield_10058: { value: 'Superseded', id: '10112' } }), { ...map, statusField: 'customfield_10058' });
    expect(record).toMatchObject({ owner: { displayName: 'Lena' }, date: '2026-09-01', status: 'superseded', statusName: 'Superseded' });
  });

  it('reports a status it cannot map and reads a description without headings as nothing', () => {
    const record = decisionFromIssue(issue({ status: { name: 'Parked', statusCategory: { key: 'new' } }, description: { type: 'doc', version: 1, content: [paragraph(text('Loose text'))] } }), map);
    expect(record).toMatchObject({ status: 'proposed', context: '', options: [], outcome: '' });
    expect(record.problems).toEqual(['Status "Parked" is not mapped to a decision status.']);
  });

  it('asks for the basics, the description and the mapped fields', () => {
    expect(decisionFieldsToRequest(map)).toEqual(['summary', 'status', 'issuetype', 'assignee', 'created', 'description', 'issuelinks', 'customfield_10059', 'customfield_10054']);
  });
});
