/**
 * A Jira issue as a stored analysis keeps it: only the fields the settings ask for, and of Jira's nested
 * objects (status, issue type, project, parent, assignee, links) only what Keel reads, so a large project's
 * stored inputs stay a fraction of Jira's answer (no `self` URLs, avatars, linked issues' fields).
 * `workItemFromIssue` reads the stored issue exactly as it reads Jira's.
 */
import { z } from 'zod';
import { jiraIssue, type JiraIssue } from '../jira/jira-issue-schema';

/** Built once: a zod schema built per call is compiled again on every call (the hot spot at 100,000 issues). */
const issueRef = z.looseObject({ id: z.string(), key: z.string() });

const ref = (value: unknown): { id: string; key: string } | undefined => {
  // Most links have one end only: no parse (and no failed parse's error) for the other.
  if (value === undefined) return undefined;
  const parsed = issueRef.safeParse(value);
  return parsed.success ? { id: parsed.data.id, key: parsed.data.key } : undefined;
};

const named = z.looseObject({ name: z.string() });

/** Levelling reads only the name of a priority or a component (levelling-fields.ts). */
function namesOnly(kept: Record<string, unknown>, id: 'priority' | 'components'): Record<string, unknown> {
  const value = kept[id];
  if (value === undefined || value === null) return {};
  if (Array.isArray(value)) return { [id]: value.flatMap((v) => { const n = named.safeParse(v); return n.success ? [{ name: n.data.name }] : []; }) };
  const n = named.safeParse(value);
  return { [id]: n.success ? { name: n.data.name } : null };
}

export function storedIssue(issue: JiraIssue, fields: readonly string[]): JiraIssue {
  const f = issue.fields;
  const kept: Record<string, unknown> = {};
  for (const id of fields) if (f[id] !== undefined) kept[id] = f[id];
  const compact: Record<string, unknown> = {
    ...kept,
    ...(f.status ? { status: { name: f.status.name, ...(f.status.statusCategory ? { statusCategory: { key: f.status.statusCategory.key } } : {}) } } : {}),
    ...(f.issuetype ? { issuetype: { name: f.issuetype.name } } : {}),
    ...(f.project ? { project: { key: f.project.key } } : {}),
    ...(f.security ? { security: { id: f.security.id } } : {}),
    ...namesOnly(kept, 'priority'),
    ...namesOnly(kept, 'components'),
    ...(f.parent !== undefined ? { parent: f.parent ? { key: f.parent.key } : null } : {}),
    ...(f.assignee !== undefined ? { assignee: f.assignee ? { accountId: f.assignee.accountId, ...(f.assignee.displayName === undefined ? {} : { displayName: f.assignee.displayName }) } : null } : {}),
    ...(f.issuelinks
      ? {
          issuelinks: f.issuelinks.map((l) => {
            const outward = ref(l.outwardIssue);
            const inward = ref(l.inwardIssue);
            return { id: l.id, type: { name: l.type.name }, ...(outward ? { outwardIssue: outward } : {}), ...(inward ? { inwardIssue: inward } : {}) };
          }),
        }
      : {}),
  };
  // Parsed again: the stored issue is a JiraIssue by the same schema, not by assertion.
  return jiraIssue.parse({ id: issue.id, key: issue.key, fields: compact });
}
