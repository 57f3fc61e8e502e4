import { it } from '@jest/globals';
import { expect } from '../../expect';
import { describeWithSpecs } from '../../openapi/describe-with-specs';
import { createResponseValidator, type AnswerToCheck } from '../../openapi/response-validator';
import { loadSpecs } from '../../openapi/spec-folder';
import { demoSnapshot } from './demo-snapshot';

describeWithSpecs('demo snapshot against the Atlassian OpenAPI specs', () => {
  const validator = createResponseValidator(loadSpecs());
  const snapshot = demoSnapshot();
  const answer = (method: string, path: string, body: unknown): AnswerToCheck => ({ method, path, status: 200, body: JSON.stringify(body) });
  const problemsOf = (answers: readonly AnswerToCheck[]): string[] =>
    answers.flatMap((one) => validator.check(one).map((problem) => `${problem.method} ${problem.path}: ${problem.message}`));

  it('has site metadata in the shapes Jira answers', () => {
    expect(
      problemsOf([
        answer('GET', '/rest/api/3/field', snapshot.fields),
        answer('GET', '/rest/api/3/issuetype', snapshot.issueTypes),
        answer('GET', '/rest/api/3/status', snapshot.statuses),
        answer('GET', '/rest/api/3/issueLinkType', { issueLinkTypes: snapshot.issueLinkTypes }),
        answer('GET', '/rest/api/3/users/search', snapshot.users),
        ...snapshot.projects.map((project) => answer('GET', `/rest/api/3/project/${project.key}`, project)),
        answer('GET', '/rest/api/3/issuesecurityschemes', { issueSecuritySchemes: snapshot.issueSecuritySchemes ?? [] }),
        ...(snapshot.issueSecuritySchemes ?? []).map((scheme) =>
          answer('GET', `/rest/api/3/issuesecurityschemes/${scheme.id}/members`, {
            isLast: true,
            maxResults: 50,
            startAt: 0,
            total: snapshot.issueSecurityLevelMembers?.length ?? 0,
            values: snapshot.issueSecurityLevelMembers ?? [],
          }),
        ),
      ]),
    ).toEqual([]);
  });

  it('has issues, worklogs and changelogs in the shapes Jira answers', () => {
    const answers = [answer('POST', '/rest/api/3/search/jql', { issues: snapshot.issues, isLast: true })];
    for (const issue of snapshot.issues) {
      const worklogs = snapshot.worklogs[issue.id] ?? [];
      const values = snapshot.changelogs[issue.id] ?? [];
      answers.push(answer('GET', `/rest/api/3/issue/${issue.id}/worklog`, { startAt: 0, maxResults: 5000, total: worklogs.length, worklogs }));
      answers.push(answer('GET', `/rest/api/3/issue/${issue.id}/changelog`, { startAt: 0, maxResults: 100, total: values.length, isLast: true, values }));
    }
    expect(problemsOf(answers)).toEqual([]);
  });

  it('has Confluence spaces and pages in the shapes Confluence answers', () => {
    expect(
      problemsOf([
        answer('GET', '/wiki/api/v2/spaces', { results: snapshot.confluence.spaces, _links: {} }),
        ...snapshot.confluence.pages.map((page) => answer('GET', `/wiki/api/v2/pages/${page.id}`, page)),
      ]),
    ).toEqual([]);
  });
});
