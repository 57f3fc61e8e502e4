/**
 * Issue 12, robustness "Macro and scope JQL is parsed, not concatenated": the JQL tokenizer and the clause
 * check behind confinedJql, with the examples of jql-clause.ts's doc comments.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { confinedJql, jqlClauseProblem, jqlTokens, jqlWithoutOrderBy } from '../../../src/adapters/jira/jql-clause';

describe('issue 12, robustness: macro and scope JQL is parsed, not concatenated', () => {
  it('tokenizes strings (both quotes, escapes), parentheses and words', () => {
    expect(jqlTokens('summary ~ "a (b" OR x').map((t) => [t.kind, t.text])).toEqual([
      ['word', 'summary'],
      ['word', '~'],
      ['string', '"a (b"'],
      ['word', 'OR'],
      ['word', 'x'],
    ]);
    expect(jqlTokens(String.raw`text ~ 'it\'s (' and(a=b)`).map((t) => t.text)).toEqual(['text', '~', String.raw`'it\'s ('`, 'and', '(', 'a=b', ')']);
  });

  it.each([
    ['project = PAY) OR (project = WEB', 'the ) at character 14 closes a parenthesis it never opened'],
    ['(project = PAY', '1 parenthesis is opened and never closed'],
    ['((a = 1)', '1 parenthesis is opened and never closed'],
    ['summary ~ "open', 'the quote " at character 11 is never closed'],
    ['project = PAY ORDER BY rank', 'it sorts (ORDER BY at character 15), and a condition combined with others cannot sort'],
    ['(project = PAY order  by rank)', 'it sorts (ORDER BY at character 16), and a condition combined with others cannot sort'],
    ['   ', 'it is empty'],
  ])('refuses %j: %s', (clause, problem) => {
    expect(jqlClauseProblem(clause)).toBe(problem);
  });

  it.each(['project = PAY', 'summary ~ "a (b" OR summary ~ "order by"', "labels = 'x)'", '(a = 1 OR b = 2) AND c in (3, 4)', 'orderly = by'])(
    'accepts %j',
    (clause) => {
      expect(jqlClauseProblem(clause)).toBeNull();
    },
  );

  it('drops a top-level ORDER BY only, found by tokens', () => {
    expect(jqlWithoutOrderBy('project = PAY ORDER BY rank')).toBe('project = PAY');
    expect(jqlWithoutOrderBy('summary ~ "x order by y"')).toBe('summary ~ "x order by y"');
    expect(jqlWithoutOrderBy('(a = 1 ORDER BY b)')).toBe('(a = 1 ORDER BY b)');
  });

  it('confines both sides in parentheses, and throws with the problem before anything reaches Jira', () => {
    expect(confinedJql('issuetype = "Decision"', 'project = PAY OR project = WEB')).toBe('(issuetype = "Decision") AND (project = PAY OR project = WEB)');
    expect(() => confinedJql('issuetype = "Decision"', 'project = PAY) OR (project = WEB', { what: 'The filter' })).toThrow(
      'The filter "project = PAY) OR (project = WEB" cannot be combined with Keel\'s own conditions: the ) at character 14 closes a parenthesis it never opened.',
    );
  });
});
