/**
 * Jira deliverable issue -> domain `RaciDeliverable`, reading the role fields the RACI settings map (resolved to
 * field ids). A with no mapped field is the reporter; a mapped but empty Accountable field is nobody, so the
 * matrix reports it rather than hiding it behind the reporter.
 */
import type { RaciDeliverable } from '../../domain/raci/raci-deliverable';
import type { StatusCategory } from '../../domain/work-item';
import type { JiraIssue } from './jira-issue-schema';
import { peopleOf } from './jira-person';

export interface RaciFieldMap {
  responsible: string;
  accountable: string | null;
  consulted: string | null;
  informed: string | null;
}

export function statusCategoryOf(key: string | undefined): StatusCategory {
  return key === 'done' ? 'done' : key === 'indeterminate' ? 'inProgress' : 'todo';
}

export function raciFromIssue(issue: JiraIssue, map: RaciFieldMap): RaciDeliverable {
  const field = (id: string | null) => (id === null ? [] : peopleOf(issue.fields[id]));
  const accountable = map.accountable === null ? peopleOf(issue.fields.reporter) : field(map.accountable);
  return {
    key: issue.key,
    summary: issue.fields.summary ?? '',
    status: issue.fields.status?.name ?? 'Unknown status',
    statusCategory: statusCategoryOf(issue.fields.status?.statusCategory?.key),
    responsible: field(map.responsible),
    accountable,
    consulted: field(map.consulted),
    informed: field(map.informed),
    accountableSource: accountable.length === 0 ? 'none' : map.accountable === null ? 'reporter' : 'field',
  };
}

/** The fields a RACI search asks for: the basics, the reporter when it stands in for A, and the role fields. */
export function raciFieldsToRequest(map: RaciFieldMap): string[] {
  const roles = [map.responsible, map.accountable ?? 'reporter', map.consulted, map.informed];
  return [...new Set(['summary', 'status', 'issuetype', ...roles.filter((id): id is string => id !== null)])];
}
