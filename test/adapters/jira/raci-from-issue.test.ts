import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { jiraIssue } from '../../../src/adapters/jira/jira-issue-schema';
import { raciFieldsToRequest, raciFromIssue, type RaciFieldMap } from '../../../src/adapters/jira/raci-from-issue';

const user = (accountId: string, displayName: string, active = true) => ({ accountId, displayName, active, accountType: 'atlassian' });
const map: RaciFieldMap = { responsible: 'assignee', accountable: 'customfield_10054', consulted: 'customfield_10055', informed: 'customfield_10056' };

// Shaped as POST /rest/api/3/search/jql answers on a Jira Cloud site.
const issue = (fields: Record<string, unknown>) =>
  jiraIssue.parse({
    id: '10001',
    key: 'WEB-1',
    fields: {
      summary: 'Content audit',
      status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      assignee: user('a-lena', 'Lena Fischer'),
      reporter: user('a-priya', 'Priya Raman'),
      ...fields,
    },
  });

describe('raciFromIssue', () => {
  it('reads R from the assignee, A from the mapped user field, C and I from multi-user fields', () => {
    const row = raciFromIssue(
      issue({ customfield_10054: user('a-marcus', 'Marcus Webb'), customfield_10055: [user('a-ruth', 'Ruth'), user('a-daniel', 'Daniel', false)], customfield_10056: null }),
      map,
    );
    expect(row).toEqual({
      key: 'WEB-1',
      summary: 'Content audit',
      status: 'In Progress',
      statusCategory: 'inProgress',
      responsible: [{ accountId: 'a-lena', displayName: 'Lena Fischer', active: true }],
      accountable: [{ accountId: 'a-marcus', displayName: 'Marcus Webb', active: true }],
      consulted: [{ accountId: 'a-ruth', displayName: 'Ruth', active: true }, { accountId: 'a-daniel', displayName: 'Daniel', active: false }],
      informed: [],
      accountableSource: 'field',
    });
  });

  it('takes the reporter as A when no Accountable field is mapped, and nobody when the mapped field is empty', () => {
    expect(raciFromIssue(issue({}), { ...map, accountable: null })).toMatchObject({ accountable: [{ displayName: 'Priya Raman' }], accountableSource: 'reporter' });
    expect(raciFromIssue(issue({ customfield_10054: null }), map)).toMatchObject({ accountable: [], accountableSource: 'none' });
  });

  it('treats text where a user belongs, and an unassigned issue, as nobody', () => {
    const row = raciFromIssue(issue({ assignee: null, customfield_10055: 'Ruth' }), map);
    expect(row.responsible).toEqual([]);
    expect(row.consulted).toEqual([]);
  });

  it('asks only for the basics and the mapped fields', () => {
    expect(raciFieldsToRequest(map)).toEqual(['summary', 'status', 'issuetype', 'assignee', 'customfield_10054', 'customfield_10055', 'customfield_10056']);
    expect(raciFieldsToRequest({ ...map, accountable: null, consulted: null, informed: null })).toEqual(['summary', 'status', 'issuetype', 'assignee', 'reporter']);
  });
});
