/** The outline of a scope JQL: its condition, its ORDER BY, and whether parentheses can enclose it safely. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { jqlOutline } from '../../src/config/jql-outline';
import { scopeJql } from '../../src/config/scope-jql';
import { defaultSettings } from '../../src/config/settings';

describe('jqlOutline', () => {
  it.each([
    ['project = PAY ORDER BY Rank', 'project = PAY', 'Rank'],
    ['project = PAY order  by rank ASC, created DESC', 'project = PAY', 'rank ASC, created DESC'],
    ['(project = PAY OR labels = x)ORDER BY Rank', '(project = PAY OR labels = x)', 'Rank'],
    ['summary ~ "order by" AND project = PAY', 'summary ~ "order by" AND project = PAY', null],
    ["summary ~ 'it\\'s (odd' ORDER BY key", "summary ~ 'it\\'s (odd'", 'key'],
    ['border by = 1', 'border by = 1', null],
    ['  project = PAY  ', 'project = PAY', null],
  ])('%s: condition %s, order by %s', (jql, condition, orderBy) => {
    expect(jqlOutline(jql)).toEqual({ condition, orderBy, problem: null });
  });

  it.each([
    ['x) OR (project = SEC', /character 2 closes a parenthesis the query never opened/],
    ['project = PAY AND (', /1 "\(" is never closed/],
    ['summary ~ "open', /string opened with " is never closed/],
  ])('refuses %s, which parentheses cannot enclose safely', (jql, problem) => {
    expect(jqlOutline(jql).problem).toMatch(problem);
  });
});

describe('scopeJql', () => {
  it('leaves out the ORDER BY, so that Keel can add its own clauses', () => {
    expect(scopeJql({ ...defaultSettings, scope: { jql: 'project = "{project}" ORDER BY Rank' } }, 'PAY')).toBe('project = "PAY"');
  });
});
