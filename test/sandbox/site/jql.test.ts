import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { smallSite, smallSiteUsers } from '../fixtures/small-site';
import { parseJql } from './jql/parse';
import { runJql } from './jql/run';
import { jqlDateValue } from './jql/dates';
import type { Principal } from '../site-types';

const state = smallSite();
const alice: Principal = { type: 'user', accountId: smallSiteUsers.alice.accountId };
const bob: Principal = { type: 'user', accountId: smallSiteUsers.bob.accountId };
const now = new Date('2026-01-31T00:00:00Z');

function keys(jql: string, principal: Principal = alice): string[] {
  const outcome = runJql(jql, { state, principal, now });
  if (!outcome.ok) throw new Error(outcome.errorMessages.join('; '));
  return outcome.issues.map((i) => i.key);
}

function errors(jql: string, principal: Principal = alice): string[] {
  const outcome = runJql(jql, { state, principal, now });
  return outcome.ok ? [] : outcome.errorMessages;
}

describe('JQL parser', () => {
  it('binds AND tighter than OR and NOT tighter than AND', () => {
    expect(parseJql('a = 1 OR b = 2 AND NOT c = 3').where).toEqual({
      kind: 'or',
      clauses: [
        { kind: 'term', field: 'a', operator: '=', operand: { kind: 'value', value: '1' } },
        { kind: 'and', clauses: [
          { kind: 'term', field: 'b', operator: '=', operand: { kind: 'value', value: '2' } },
          { kind: 'not', clause: { kind: 'term', field: 'c', operator: '=', operand: { kind: 'value', value: '3' } } },
        ] },
      ],
    });
  });

  it('reads lists, functions, EMPTY, quoted values with escapes and ORDER BY', () => {
    const query = parseJql(`status not in ("In Progress", 'To \\'Do') AND assignee = currentUser() AND duedate is not EMPTY order by key desc, created`);
    expect(query.orderBy).toEqual([{ field: 'key', direction: 'desc' }, { field: 'created', direction: undefined }]);
    expect(JSON.stringify(query.where)).toContain(`"value":"To 'Do"`);
    expect(JSON.stringify(query.where)).toContain('"kind":"function","name":"currentUser"');
  });

  it.each([
    ['project = ', "Expecting either a value, list or function but reached the end of the query. (line 1, character 11)"],
    ['project PAY', "Expecting operator but got 'PAY'."],
    ['project = PAY AND', 'Expecting a field name but reached the end of the query.'],
    ['project = PAY foo = 1', "Expecting either 'OR' or 'AND' but got 'foo'."],
    ['(project = PAY', "Expecting ')' but reached the end of the query."],
    ['summary ~ "unclosed', 'The quoted string starting at character 11 is not terminated.'],
    ['project in PAY', "Expecting '(' but got 'PAY'."],
  ])('reports %j as Jira does', (jql, message) => {
    const found = errors(jql);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Error in the JQL Query: /);
    expect(found[0]).toContain(message);
  });
});

describe('JQL semantics', () => {
  it('filters by project, type, status and status category', () => {
    expect(keys('project = PAY AND issuetype = Story')).toEqual(['PAY-2', 'PAY-3']);
    expect(keys('project = PAY AND type = story AND status = "In Progress"')).toEqual(['PAY-3']);
    expect(keys('statusCategory = Done')).toEqual(['PAY-2']);
    expect(keys('project in (PAY, PLAT) AND statusCategory != "To Do" ORDER BY key')).toEqual(['PAY-1', 'PAY-2', 'PAY-3', 'PLAT-1']);
  });

  it('sorts keys numerically by project then number', () => {
    expect(keys('project = PAY ORDER BY key ASC').slice(-2)).toEqual(['PAY-6', 'PAY-10']);
    expect(keys('project = PAY ORDER BY key DESC')[0]).toBe('PAY-10');
    expect(keys('key > PAY-5')).toEqual(['PAY-6', 'PAY-10']);
  });

  it('never matches EMPTY fields with != and NOT IN, as Jira', () => {
    expect(keys('project = PAY AND assignee != bob@example.com'.replace('bob@example.com', smallSiteUsers.bob.accountId))).toEqual(['PAY-1', 'PAY-5', 'PAY-6']);
    expect(keys('project = PAY AND assignee is EMPTY')).toEqual(['PAY-4', 'PAY-10']);
    expect(keys('project = PAY AND labels not in (pci)')).toEqual(['PAY-4']);
  });

  it('answers currentUser() for the principal asking', () => {
    expect(keys('assignee = currentUser()', bob)).toEqual(['PAY-2', 'PAY-3']);
    expect(keys('reporter = currentUser() AND project = PLAT')).toEqual(['PLAT-1', 'PLAT-2']);
  });

  it('compares dates, absolute and relative to now', () => {
    expect(keys('project = PAY AND created >= "2026-01-07"')).toEqual(['PAY-6', 'PAY-10']);
    expect(keys('project = PAY AND created < "2026-01-04 09:00"')).toEqual(['PAY-1', 'PAY-2']);
    expect(keys('duedate <= -10d')).toEqual(['PAY-2']);
    expect(keys('updated > -15d AND project = PAY')).toEqual(['PAY-5', 'PAY-6', 'PAY-10']); // PAY-5 updated 2026-01-16 09:00
    expect(jqlDateValue('-7d', now)).toBe(Date.UTC(2026, 0, 24));
    expect(jqlDateValue('2026/01/31 10:00', now)).toBe(Date.UTC(2026, 0, 31, 10));
  });

  it('matches summary text with ~ and parent by key', () => {
    expect(keys('summary ~ "gateway"')).toEqual(['PAY-4', 'PAY-5', 'PAY-6', 'PLAT-1']);
    expect(keys('summary ~ "tokenised card"')).toEqual(['PAY-3']);
    expect(keys('parent = PAY-1')).toEqual(['PAY-2', 'PAY-3', 'PAY-4']);
    expect(keys('project = PAY AND NOT (parent = PAY-1 OR parent is EMPTY)')).toEqual([]);
  });

  it('reads a custom field by name and by cf[id]', () => {
    expect(keys('"Story Points" >= 5 ORDER BY cf[10016] DESC')).toEqual(['PAY-3', 'PAY-2', 'PLAT-1']);
  });

  it('treats a project the principal cannot browse as not existing', () => {
    expect(errors('project = PLAT', bob)).toEqual(["The value 'PLAT' does not exist for the field 'project'."]);
    expect(errors('project = SEC')).toEqual(["The value 'SEC' does not exist for the field 'project'."]);
    expect(errors('project = NOPE OR issuetype = Bogus')).toEqual([
      "The value 'NOPE' does not exist for the field 'project'.",
      "The value 'Bogus' does not exist for the field 'issuetype'.",
    ]);
    expect(keys('project = PLAT')).toEqual(['PLAT-1', 'PLAT-2']);
  });

  it('reports unknown fields, functions, bad dates and unsupported operators', () => {
    expect(errors('flavour = vanilla')).toEqual(["Field 'flavour' does not exist or you do not have permission to view it."]);
    expect(errors('assignee = whoIsIt()')).toEqual(["Unable to find JQL function 'whoIsIt()'."]);
    expect(errors('created > "31 Jan"')[0]).toMatch(/^Date value '31 Jan' for field 'created' is invalid/);
    expect(errors('summary = "x"')).toEqual(["The operator '=' is not supported by the 'summary' field."]);
    expect(errors('key = PLAT-1', bob)).toEqual(["An issue with key 'PLAT-1' does not exist for field 'key'."]);
  });
});
