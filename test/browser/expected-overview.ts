/**
 * The figures the Overview should show, computed straight from the snapshot (not through the app's code), so
 * the browser test checks the app against the data rather than against itself.
 */
import { z } from 'zod';
import type { Principal } from '../sandbox/site-types';
import { canBrowseIssue, canBrowseProject } from '../sandbox/site/permissions';
import type { Snapshot } from '../sandbox/snapshot-schema';

export interface ExpectedTypeRow {
  type: string;
  total: number;
  todo: number;
  inProgress: number;
  done: number;
}

const CATEGORY: Record<string, 'todo' | 'inProgress' | 'done'> = { new: 'todo', indeterminate: 'inProgress', done: 'done' };

/**
 * Issues of a project by type and status category, as the table lists them (sorted by type here); with a
 * viewer, only the issues they may see (an issue under a security level they are not in is left out).
 */
export function expectedTypeRows(snapshot: Snapshot, projectKey: string, viewer?: Principal): ExpectedTypeRow[] {
  const rows = new Map<string, ExpectedTypeRow>();
  for (const issue of snapshot.issues.filter((i) => i.fields.project.key === projectKey && (viewer === undefined || canBrowseIssue(snapshot, viewer, i)))) {
    const type = issue.fields.issuetype.name;
    const row = rows.get(type) ?? { type, total: 0, todo: 0, inProgress: 0, done: 0 };
    const categoryKey = snapshot.statuses.find((s) => s.id === issue.fields.status.id)?.statusCategory.key ?? 'new';
    row[CATEGORY[categoryKey] ?? 'todo'] += 1;
    row.total += 1;
    rows.set(type, row);
  }
  return [...rows.values()].sort((a, b) => a.type.localeCompare(b.type));
}

const linkEnd = z.looseObject({ key: z.string() });
const issueLink = z.looseObject({ inwardIssue: linkEnd.optional(), outwardIssue: linkEnd.optional() });

/**
 * Keys of a project's issues the viewer sees with a link to an issue they may not (in a project they may not
 * browse, or under a security level they are not in: by the snapshot's grants and level members), sorted as
 * Jira sorts keys.
 */
export function issuesLinkingToHidden(snapshot: Snapshot, projectKey: string, viewer: Principal): string[] {
  const hidden = (key: string) => {
    const issue = snapshot.issues.find((i) => i.key === key);
    return issue ? !canBrowseIssue(snapshot, viewer, issue) : !canBrowseProject(snapshot, viewer, key.slice(0, key.lastIndexOf('-')));
  };
  const keys = snapshot.issues
    .filter((i) => i.fields.project.key === projectKey && canBrowseIssue(snapshot, viewer, i))
    .filter((i) =>
      z
        .array(issueLink)
        .parse(i.fields.issuelinks ?? [])
        .some((link) => {
          const other = (link.inwardIssue ?? link.outwardIssue)?.key;
          return other !== undefined && hidden(other);
        }),
    )
    .map((i) => i.key);
  return keys.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
