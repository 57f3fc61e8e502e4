import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { demoSnapshot } from './demo-snapshot';

interface UserField {
  accountId: string;
}

describe('demo references', () => {
  const snapshot = demoSnapshot();
  const users = new Set(snapshot.users.map((user) => user.accountId));
  const statuses = new Map(snapshot.statuses.map((status) => [status.id, status.name]));
  const types = new Map(snapshot.issueTypes.map((type) => [type.id, type]));
  const fieldIds = new Set(snapshot.fields.map((field) => field.id));
  const keys = new Set(snapshot.issues.map((issue) => issue.key));

  it('names only existing users, statuses, issue types and projects', () => {
    for (const issue of snapshot.issues) {
      const { fields } = issue;
      for (const name of ['assignee', 'reporter', 'creator', 'customfield_10052', 'customfield_10054']) {
        const user = fields[name] as UserField | null | undefined;
        if (user) expect(users, `${issue.key}.${name}`).toContain(user.accountId);
      }
      for (const name of ['customfield_10055', 'customfield_10056']) {
        for (const user of (fields[name] as UserField[] | null) ?? []) expect(users).toContain(user.accountId);
      }
      expect(statuses.get(fields.status.id)).toBe(fields.status.name);
      expect(types.get(fields.issuetype.id)?.name).toBe(fields.issuetype.name);
      expect(snapshot.projects.map((project) => project.key)).toContain(fields.project.key);
      expect(issue.key.startsWith(`${fields.project.key}-`)).toBe(true);
    }
  });

  it('returns every field of /field on every issue, as fields=*all does', () => {
    const navigable = snapshot.fields.filter((field) => !['issuekey', 'thumbnail', 'statusCategory', 'parent'].includes(field.id));
    for (const issue of snapshot.issues) {
      for (const field of navigable) expect(Object.keys(issue.fields), `${issue.key} lacks ${field.id}`).toContain(field.id);
      for (const key of Object.keys(issue.fields)) expect(fieldIds, `${issue.key}.${key}`).toContain(key);
    }
  });

  it('points parents and links at issues that exist, one hierarchy level up', () => {
    const byKey = new Map(snapshot.issues.map((issue) => [issue.key, issue]));
    for (const issue of snapshot.issues) {
      const parent = issue.fields.parent as { key: string } | undefined;
      if (!parent) continue;
      const parentIssue = byKey.get(parent.key);
      const level = (id: string): number => Number(types.get(id)?.hierarchyLevel);
      expect(parentIssue, issue.key).toBeDefined();
      expect(level(parentIssue?.fields.issuetype.id ?? '')).toBe(level(issue.fields.issuetype.id) + 1);
    }
    for (const link of snapshot.issues.flatMap((issue) => issue.fields.issuelinks ?? [])) {
      const other = (link.outwardIssue ?? link.inwardIssue) as { key: string };
      expect(keys).toContain(other.key);
    }
  });

  it('formats dates the way Jira does', () => {
    for (const issue of snapshot.issues) {
      expect(issue.fields.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);
      expect(issue.fields.updated >= issue.fields.created).toBe(true);
      const due = issue.fields.duedate as string | null;
      if (due !== null) expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives risks their probability, impact and owner, and decisions their status', () => {
    const risks = snapshot.issues.filter((issue) => issue.fields.issuetype.name === 'Risk');
    expect(risks.length).toBeGreaterThanOrEqual(8);
    for (const risk of risks) {
      expect(risk.fields.customfield_10050).toEqual(expect.any(Number));
      expect(risk.fields.customfield_10051).toEqual(expect.any(Number));
      expect(risk.fields.customfield_10052).toMatchObject({ accountId: expect.any(String) as unknown as string });
    }
    const decisions = snapshot.issues.filter((issue) => issue.fields.issuetype.name === 'Decision');
    for (const decision of decisions) {
      expect((decision.fields.customfield_10058 as { value: string }).value).toBe(decision.fields.status.name);
    }
  });
});
