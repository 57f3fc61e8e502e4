/** Jira's 400 on the viewer's scope search, turned into advice that says no more of the project than Jira did. */
import { describe, it } from '@jest/globals';
import { route } from '@forge/api';
import { z } from 'zod';
import { expect } from '../expect';
import { AppError } from '../../src/app-error';
import { scopeRefused, withScopeAdvice } from '../../src/use-cases/scope-refused';

const jira400 = (message: string) => new AppError('JIRA_ERROR', `Jira answered 400 to POST /rest/api/3/search/jql: ${message}`, { status: 400, route: '/rest/api/3/search/jql', messages: [message] });

describe('scopeRefused', () => {
  it('gives the same words for a project the viewer may not browse and one that does not exist', () => {
    const plat = scopeRefused(jira400("The value 'PLAT' does not exist for the field 'project'."));
    const nope = scopeRefused(jira400("The value 'NOPE' does not exist for the field 'project'."));
    expect(plat?.code).toBe('JIRA_ERROR');
    expect(plat?.message).toMatch(/^The scope names a project \("PLAT"\) that does not exist or that you may not browse: Jira refused the search Keel runs as you \(The value 'PLAT' does not exist for the field 'project'\.\), and Jira answers so for both\./);
    expect(plat?.message).toMatch(/Ask a Jira admin for access to that project, or to change the JQL/);
    expect(plat?.message.replaceAll('PLAT', 'X')).toBe(nope?.message.replaceAll('NOPE', 'X'));
    // Still a 400 with Jira's words, so searchByKeys and countIssues treat it as before.
    expect(plat?.details).toMatchObject({ status: 400, messages: ["The value 'PLAT' does not exist for the field 'project'."] });
  });

  it('names every refused project once', () => {
    const both = scopeRefused(jira400("The value 'PLAT' does not exist for the field 'project'. The value 'SEC' does not exist for the field 'project'."));
    expect(both?.message).toMatch(/names projects \("PLAT", "SEC"\)/);
  });

  it('leaves any other error as it is', () => {
    expect(scopeRefused(jira400("The value 'Bogus' does not exist for the field 'issuetype'."))).toBeNull();
    expect(scopeRefused(new AppError('RATE_LIMITED', 'busy', { status: 429 }))).toBeNull();
    expect(scopeRefused(new Error("The value 'PLAT' does not exist for the field 'project'."))).toBeNull();
  });
});

describe('withScopeAdvice', () => {
  const failing = (error: Error) => withScopeAdvice(() => Promise.reject(error));
  const refused = jira400("The value 'PLAT' does not exist for the field 'project'.");

  it('advises on a search, and leaves other routes with Jira\'s own answer', async () => {
    await expect(failing(refused)(z.unknown(), route`/rest/api/3/search/jql`)).rejects.toMatchObject({ message: expect.stringMatching(/^The scope names a project/) });
    await expect(failing(refused)(z.unknown(), route`/rest/api/3/jql/parse`)).rejects.toBe(refused);
  });
});
