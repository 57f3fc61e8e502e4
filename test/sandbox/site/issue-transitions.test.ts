import { it } from '@jest/globals';
import { expect } from '../../expect';
import { createSite } from '../site';
import { callSite } from '../fixtures/call-site';
import { smallSite } from '../fixtures/small-site';
import { describeWithSpecs } from '../../openapi/describe-with-specs';

const now = (): Date => new Date('2026-01-31T00:00:00Z');
type Transitions = { transitions: Array<{ id: string; name: string; to: { name: string } }> };

describeWithSpecs('GET and POST /rest/api/3/issue/{key}/transitions', () => {
  it("offers the statuses the issue's type uses, moves the issue by one, and stays within the spec", async () => {
    const site = createSite(smallSite(), { now, validateResponses: true });
    const { jira } = callSite(site);
    const listed = (await jira('GET', '/issue/PAY-4/transitions', 'app')).json as Transitions;
    const used = new Set(site.state.issues.filter((i) => i.fields.issuetype.name === 'Task').map((i) => i.fields.status.name));
    expect(listed.transitions.map((t) => t.to.name).sort()).toEqual([...used].filter((s) => s !== 'To Do').sort());
    const target = listed.transitions[0];
    if (!target) throw new Error('no transition offered');
    expect(target.id).not.toBe((target.to as { id?: string }).id);
    expect((await jira('POST', '/issue/PAY-4/transitions', 'app', { transition: { id: target.id } })).status).toBe(204);
    expect((await jira('GET', '/issue/PAY-4?fields=status', 'app')).json).toMatchObject({ fields: { status: { name: target.to.name } } });
    expect(await jira('POST', '/issue/PAY-4/transitions', 'app', { transition: { id: '999' } })).toMatchObject({ status: 400, json: { errorMessages: ["Transition id '999' is not valid for this issue."] } });
    expect(site.specViolations).toEqual([]);
  });

  it('lists nothing to a user who may not transition, refuses the move, and hides issues the user cannot see', async () => {
    const site = createSite(smallSite(), { now, validateResponses: true });
    const { jira } = callSite(site);
    expect((await jira('GET', '/issue/PAY-4/transitions', 'bob')).json).toEqual({ transitions: [] });
    expect((await jira('POST', '/issue/PAY-4/transitions', 'bob', { transition: { id: '110001' } })).status).toBe(404);
    expect((await jira('GET', '/issue/PLAT-1/transitions', 'bob')).status).toBe(404);
    expect((await jira('POST', '/issue/PAY-4/transitions', 'anonymous', { transition: { id: '1' } })).status).toBe(401);
    expect(site.specViolations).toEqual([]);
  });
});
