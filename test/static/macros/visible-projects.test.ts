/** The config dialog's project picker: the projects Jira lists for the editor, or null (type a key) when it cannot. */
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { visibleProjects, type ReadJira } from '../../../static/src/macros/visible-projects';

const answer = (ok: boolean, body: unknown): ReadJira => () => Promise.resolve({ ok, json: () => Promise.resolve(body) });

describe('visibleProjects', () => {
  it("lists Jira's projects by key and name", async () => {
    const read = answer(true, { values: [{ key: 'WEB', name: 'Website', id: '1' }, { key: 'PAY', name: 'Payments' }], isLast: true });
    expect(await visibleProjects(read)).toEqual([{ key: 'WEB', name: 'Website' }, { key: 'PAY', name: 'Payments' }]);
  });

  it('answers null for an error, an unexpected shape or a failed call, so the dialog falls back to a typed key', async () => {
    expect(await visibleProjects(answer(false, {}))).toBeNull();
    expect(await visibleProjects(answer(true, { values: [{ key: 1 }] }))).toBeNull();
    expect(await visibleProjects(() => Promise.reject(new Error('offline')))).toBeNull();
  });
});
