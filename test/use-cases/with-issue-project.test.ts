/**
 * The issue panel's first steps (issue #11): the work that needs the issue's project starts for the project its key
 * names while Jira is asked for the issue's own, and is taken only when Jira names that project.
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import type { z } from 'zod';
import type { ProductRequest } from '../../src/adapters/product-request';
import { AppError } from '../../src/app-error';
import { withIssueProject } from '../../src/use-cases/with-issue-project';

/** A Jira that answers the issue's project once `release` is called, or 404 for an issue the viewer may not see. */
function jira(issue: { key: string; project: string } | null) {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const request = (async (schema: z.ZodType) => {
    await released;
    if (issue === null) throw new AppError('NOT_FOUND', 'no issue');
    return schema.parse({ key: issue.key, fields: { project: { key: issue.project } } });
  }) as ProductRequest;
  return { request, release };
}

describe('withIssueProject', () => {
  it('starts the work for the project the key names before Jira answers, and takes it when Jira names that project', async () => {
    const { request, release } = jira({ key: 'BIG-1', project: 'BIG' });
    const started: string[] = [];
    const answer = withIssueProject(request, 'BIG-1', (key) => {
      started.push(key);
      return Promise.resolve(`settings of ${key}`);
    });
    await Promise.resolve();
    expect(started, 'started before Jira answered').toEqual(['BIG']);
    release();
    expect(await answer).toEqual({ issueKey: 'BIG-1', projectKey: 'BIG', value: 'settings of BIG' });
    expect(started, 'once').toEqual(['BIG']);
  });

  it('runs the work again for the project Jira names when the issue moved (its key names the project it left)', async () => {
    const { request, release } = jira({ key: 'OPS-7', project: 'OPS' });
    const started: string[] = [];
    const answer = withIssueProject(request, 'BIG-1', (key) => {
      started.push(key);
      return key === 'BIG' ? Promise.reject(new AppError('NOT_FOUND', 'no project')) : Promise.resolve(`settings of ${key}`);
    });
    release();
    expect(await answer).toEqual({ issueKey: 'OPS-7', projectKey: 'OPS', value: 'settings of OPS' });
    expect(started).toEqual(['BIG', 'OPS']);
  });

  it('answers that the viewer may not see the issue, whatever the work started ahead did', async () => {
    const { request, release } = jira(null);
    const answer = withIssueProject(request, 'BIG-1', (key) => Promise.resolve(`settings of ${key}`));
    release();
    await expect(answer).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('BIG-1') as unknown });
  });
});
