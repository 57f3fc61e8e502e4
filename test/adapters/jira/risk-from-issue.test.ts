import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { jiraIssue } from '../../../src/adapters/jira/jira-issue-schema';
import { riskFieldsToRequest, riskFromIssue, type RiskFieldMap } from '../../../src/adapters/jira/risk-from-issue';
import { riskFieldIdsByName } from '../../../src/config/risk-field-names';
import { defaultRiskSettings } from '../../../src/config/risk-settings';

const ids = { ...defaultRiskSettings.fields, probability: 'customfield_1', impact: 'customfield_2', owner: 'customfield_3', category: 'customfield_4', reviewDate: 'customfield_5', severity: 'customfield_6' };
const map: RiskFieldMap = { ids, names: new Map([['customfield_1', 'Risk probability'], ['customfield_2', 'Risk impact']]), treatmentLinkType: 'Mitigates' };
const mitigates = { id: '1', name: 'Mitigates', inward: 'is mitigated by', outward: 'mitigates' };

// Shaped as POST /rest/api/3/search/jql answers on a Jira Cloud site.
const issue = (fields: Record<string, unknown>) =>
  jiraIssue.parse({
    id: '10019',
    key: 'PAY-19',
    fields: {
      summary: 'PCI scope grows',
      status: { name: 'Mitigating', statusCategory: { key: 'indeterminate' } },
      assignee: { accountId: 'a-1', displayName: 'Tomás Herrera', active: true },
      issuelinks: [
        { id: '5', type: mitigates, inwardIssue: { id: '1', key: 'PAY-34' } },
        { id: '6', type: { id: '2', name: 'Relates', inward: 'relates to', outward: 'relates to' }, outwardIssue: { id: '2', key: 'PAY-60' } },
      ],
      ...fields,
    },
  });

describe('riskFromIssue', () => {
  it('reads ratings, owner, category, dates, treatments and every linked issue', () => {
    const risk = riskFromIssue(
      issue({
        customfield_1: 3,
        customfield_2: { value: '5 - Severe', id: '9' },
        customfield_3: { accountId: 'a-2', displayName: 'Marcus Webb', active: true },
        customfield_4: { value: 'Compliance', id: '10103' },
        customfield_5: '2026-12-01',
        customfield_6: '8',
      }),
      map,
    );
    expect(risk).toMatchObject({
      key: 'PAY-19',
      statusCategory: 'inProgress',
      probability: 3,
      impact: 5,
      severity: 8,
      owner: { accountId: 'a-2', displayName: 'Marcus Webb', active: true },
      category: 'Compliance',
      reviewDate: '2026-12-01',
      treatmentKeys: ['PAY-34'],
      linkedKeys: ['PAY-34', 'PAY-60'],
      problems: [],
    });
  });

  it('turns text in a number field into a problem naming the field, never a number', () => {
    const risk = riskFromIssue(issue({ customfield_1: 'high', customfield_2: { value: 'Catastrophic' }, customfield_6: true }), map);
    expect(risk.probability).toBeNull();
    expect(risk.impact).toBeNull();
    expect(risk.severity).toBeNull();
    expect(risk.problems).toEqual(['Risk probability holds "high", not a number.', 'Risk impact holds "Catastrophic", not a number.', 'customfield_6 holds "true", not a number.']);
  });

  it('keeps a deactivated owner as such, and takes the assignee when no owner field is mapped', () => {
    expect(riskFromIssue(issue({ customfield_3: { accountId: 'gone', displayName: 'Former', active: false } }), map).owner).toEqual({ accountId: 'gone', displayName: 'Former', active: false });
    expect(riskFromIssue(issue({}), map).owner).toBeNull();
    expect(riskFromIssue(issue({}), { ...map, ids: { ...ids, owner: null } }).owner).toMatchObject({ accountId: 'a-1' });
  });

  it('asks the search for the mapped fields only', () => {
    expect(riskFieldsToRequest(ids)).toEqual(['summary', 'status', 'issuetype', 'assignee', 'issuelinks', 'customfield_1', 'customfield_2', 'customfield_3', 'customfield_4', 'customfield_5', 'customfield_6']);
  });
});

describe('riskFieldIdsByName', () => {
  it('fills only the null ids, by name, ignoring case and spacing, never a bare "Impact"', () => {
    const filled = riskFieldIdsByName({ ...defaultRiskSettings.fields, owner: 'customfield_9' }, [
      { id: 'customfield_50', name: 'Risk  Probability' },
      { id: 'customfield_51', name: 'Impact' },
      { id: 'customfield_52', name: 'Risk owner' },
      { id: 'customfield_53', name: 'Likelihood' },
    ]);
    expect(filled).toMatchObject({ probability: 'customfield_50', impact: null, owner: 'customfield_9', severity: null });
  });
});
