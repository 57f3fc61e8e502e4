/**
 * An issue as Jira returns it to one principal: the selected fields, links whose other issue the principal
 * cannot browse (or that no longer exists) left out, linked issues in Jira's short form, and the
 * `changelog` and `names` expansions.
 */
import type { Principal } from '../../site-types';
import type { Snapshot, SnapshotIssue } from '../../snapshot-schema';
import { canBrowseIssue, findIssue } from '../permissions';
import { specHistories } from './change-items';
import { selectedFieldIds, type FieldSelection } from './field-selection';

export interface ViewOptions {
  readonly state: Snapshot;
  readonly principal: Principal;
  readonly baseUrl: string;
  readonly selection: FieldSelection;
  readonly expand: ReadonlySet<string>;
  /** Search answers `{ id }` alone when only the id is asked for. */
  readonly bareWhenIdOnly: boolean;
  /** Whether the principal may browse a linked issue, when the caller decides it for many (permissions.ts `browseCheck`). */
  readonly mayBrowse?: (issue: SnapshotIssue) => boolean;
}

export const issueSelf = (baseUrl: string, id: string): string => `${baseUrl}/rest/api/3/issue/${id}`;

type Json = Record<string, unknown>;

function linkedIssueSummary(other: SnapshotIssue, baseUrl: string): Json {
  const { summary, status, priority, issuetype } = other.fields;
  return {
    id: other.id,
    key: other.key,
    self: issueSelf(baseUrl, other.id),
    fields: { summary, status, ...(priority === undefined ? {} : { priority }), issuetype },
  };
}

function visibleLinks(links: readonly Json[], options: ViewOptions): Json[] {
  const { state, principal, baseUrl } = options;
  const mayBrowse = options.mayBrowse ?? ((issue: SnapshotIssue) => canBrowseIssue(state, principal, issue));
  return links.flatMap((link) => {
    const side = link.inwardIssue !== undefined ? 'inwardIssue' : 'outwardIssue';
    const ref = link[side] as { id?: unknown; key?: unknown } | undefined;
    const other = (typeof ref?.id === 'string' ? exactly(state.issues, 'id', ref.id) : undefined) ?? (typeof ref?.key === 'string' ? exactly(state.issues, 'key', ref.key) : undefined);
    if (!other || !mayBrowse(other)) return [];
    return [{ ...link, [side]: linkedIssueSummary(other, baseUrl) }];
  });
}

/** The issue whose id or key is exactly `value`, as a link names it. */
function exactly(issues: readonly SnapshotIssue[], by: 'id' | 'key', value: string): SnapshotIssue | undefined {
  const found = findIssue(issues, value);
  return found?.[by] === value ? found : undefined;
}

export function issueView(issue: SnapshotIssue, options: ViewOptions): Json {
  const { state, selection, expand, baseUrl } = options;
  const ids = selectedFieldIds(selection, issue, state);
  if (options.bareWhenIdOnly && ids.length === 0 && !selection.wantsKey && expand.size === 0) return { id: issue.id };
  const fields: Json = {};
  for (const id of ids) {
    const value = issue.fields[id];
    fields[id] = id === 'issuelinks' ? visibleLinks((value as Json[] | undefined) ?? [], options) : (value ?? null);
  }
  const view: Json = { expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations', id: issue.id, self: issueSelf(baseUrl, issue.id), key: issue.key, fields };
  if (expand.has('names')) {
    view.names = Object.fromEntries(ids.map((id) => [id, state.fields.find((f) => f.id === id)?.name ?? id]));
  }
  if (expand.has('changelog')) {
    const histories = specHistories(state.changelogs[issue.id] ?? []);
    view.changelog = { startAt: 0, maxResults: histories.length, total: histories.length, histories };
  }
  return view;
}
