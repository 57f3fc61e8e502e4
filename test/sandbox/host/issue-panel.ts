/**
 * The issue the app asked the host to open (`router.open('/browse/KEY')`), as Jira would show it; when the
 * selected module is an issue panel, its frame (`app`) sits in the issue view, about as wide as Jira's.
 */
import { z } from 'zod';
import type { Snapshot } from '../snapshot-schema';
import { findVisibleIssue } from '../site/permissions';
import { html, type SafeHtml } from './html';
import { hostQuery, type HostSelection } from './host-selection';

const assigneeField = z.looseObject({ displayName: z.string() }).nullish();

function statusCategory(snapshot: Snapshot, statusId: string): string {
  return snapshot.statuses.find((s) => s.id === statusId)?.statusCategory.key ?? 'undefined';
}

export function issuePanel(snapshot: Snapshot, selection: HostSelection, issueKey: string, app?: SafeHtml): SafeHtml {
  const close = hostQuery(selection);
  const issue = findVisibleIssue(snapshot, selection.principal, issueKey);
  if (!issue) {
    return html`<section class="issue-panel" aria-labelledby="issue-title" data-testid="issue-panel">
      <h2 id="issue-title">${issueKey}</h2>
      <p>You can't view this issue. It may have been deleted, or you may not have permission to see it.</p>
      <a href="${close}">Close</a>
    </section>`;
  }
  const assignee = assigneeField.safeParse(issue.fields['assignee']);
  const assigneeName = assignee.success && assignee.data ? assignee.data.displayName : 'Unassigned';
  return html`<section class="issue-panel" aria-labelledby="issue-title" data-testid="issue-panel">
    <p class="issue-panel__key">${issue.fields.issuetype.name} · ${issue.key}</p>
    <h2 id="issue-title">${issue.fields.summary}</h2>
    <dl>
      <dt>Status</dt>
      <dd><span class="lozenge lozenge--${statusCategory(snapshot, issue.fields.status.id)}">${issue.fields.status.name}</span></dd>
      <dt>Assignee</dt>
      <dd>${assigneeName}</dd>
    </dl>
    ${app ? html`<div class="issue-panel__app">${app}</div>` : ''}
    <a href="${close}">Close</a>
  </section>`;
}
