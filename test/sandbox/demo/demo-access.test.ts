import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { canBrowse } from './can-browse';
import { demoSnapshot } from './demo-snapshot';
import { DEMO_USERS, type UserKey } from './users';

/** The access table of SNAPSHOT.md: which projects each person may browse. */
const EXPECTED: Record<UserKey, string[]> = {
  priya: ['WEB', 'PAY', 'PLAT'],
  marcus: ['WEB', 'PAY', 'PLAT'],
  lena: ['WEB', 'PAY', 'PLAT'],
  tomas: ['WEB', 'PAY', 'PLAT'],
  aiko: ['WEB', 'PAY'],
  sam: ['WEB', 'PAY', 'PLAT'],
  noor: ['WEB', 'PAY', 'PLAT'],
  ruth: ['WEB', 'PAY', 'PLAT'],
  daniel: [],
};

describe('demo site permissions', () => {
  const snapshot = demoSnapshot();

  it.each(Object.entries(EXPECTED))('lets %s browse exactly the documented projects', (key, projects) => {
    const accountId = DEMO_USERS[key as UserKey].accountId;
    const visible = snapshot.projects.map((project) => project.key).filter((project) => canBrowse(snapshot, accountId, project));
    expect(visible).toEqual(projects);
  });

  it('keeps the contractor out of Platform although PAY work she can see depends on it', () => {
    expect(canBrowse(snapshot, DEMO_USERS.aiko.accountId, 'PLAT')).toBe(false);
    const payLinksToPlat = snapshot.issues
      .filter((issue) => issue.fields.project.key === 'PAY')
      .flatMap((issue) => issue.fields.issuelinks ?? [])
      .some((link) => JSON.stringify(link).includes('"key":"PLAT-'));
    expect(payLinksToPlat).toBe(true);
  });

  it('grants nothing at all on SEC', () => {
    expect(snapshot.grants.filter((grant) => grant.projectKey === 'SEC')).toEqual([]);
  });

  it('has Priya as the only site admin, and project admins as asked', () => {
    expect(snapshot.siteAdmins).toEqual([DEMO_USERS.priya.accountId]);
    const admins = (project: string): string[] =>
      snapshot.grants.flatMap((grant) =>
        grant.projectKey === project && grant.permission === 'ADMINISTER_PROJECTS' && grant.holder.type === 'user' ? [grant.holder.accountId] : [],
      );
    expect(new Set(admins('PAY'))).toEqual(new Set([DEMO_USERS.priya.accountId, DEMO_USERS.marcus.accountId]));
    expect(admins('PLAT')).toEqual([DEMO_USERS.priya.accountId]);
  });

  it('has one deactivated user who is still the assignee of an old issue', () => {
    const inactive = snapshot.users.filter((user) => !user.active);
    expect(inactive.map((user) => user.displayName)).toEqual(['Daniel Kowalski']);
    const assigned = snapshot.issues.filter((issue) => (issue.fields.assignee as { accountId?: string } | null)?.accountId === inactive[0]?.accountId);
    expect(assigned.length).toBeGreaterThan(0);
  });
});
