/**
 * An issue as Jira returns it to one principal: the selected fields, links whose other issue the principal
 * cannot browse (or that no longer exists) left out, linked issues in Jira's short form, and the
 * `changelog` and `names` expansions.
 */
import type { Principal } from '../../site-types';
import type { Snapshot, SnapshotIssue } from '../../snapshot-schema';
import { canBrowseIssue } from '../permissions';
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
  return links.flatMap((link) => {
    const side = link.inwardIssue !== undefined ? 'inwardIssue' : 'outwardIssue';
    const ref = link[side] as { id?: unknown; key?: unknown } | undefined;
    const other = state.issues.find((i) => i.id === ref?.id || i.key === ref?.key);
    if (!other || !canBrowseIssue(state, principal, other)) return [];
    return [{ ...link, [side]: linkedIssueSummary(other, baseUrl) }];
  });
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
