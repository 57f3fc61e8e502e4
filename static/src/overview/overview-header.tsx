import type { OverviewResult } from '@contract';
import { fmt } from '../format/current-format';
import { HiddenMarker } from '../hidden-work/hidden-marker';

/** A date (`2026-11-16`) reads as that day everywhere; an instant reads in the viewer's time zone. */
function formatAsOf(asOf: string): string {
  const date = new Date(asOf);
  if (Number.isNaN(date.getTime())) return asOf;
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return fmt().date(asOf);
  return fmt().dateTime(asOf);
}

/** The project, the JQL that defines its scope, and when the figures were computed. */
export function OverviewHeader({ overview }: { overview: OverviewResult }) {
  const { project, scopeJql, asOf, issueCount, stored } = overview;
  // Being computed, or not computable for this viewer: no count is shown rather than a zero.
  const count = stored !== undefined && stored.state !== 'ready' ? '—' : issueCount;
  return (
    <header className="keel-overview__header">
      <h1 className="keel-heading">
        {project.name} <span className="keel-muted">({project.key})</span>
      </h1>
      <dl className="keel-facts">
        <div>
          <dt>
            Issues in scope
            <HiddenMarker what="the issue count" changedBy="issues" />
          </dt>
          <dd data-testid="issue-count">{count}</dd>
        </div>
        <div>
          <dt>Scope JQL</dt>
          <dd>
            <code>{scopeJql}</code>
          </dd>
        </div>
        <div>
          <dt>As of</dt>
          <dd>
            <time dateTime={asOf}>{formatAsOf(asOf)}</time>
          </dd>
        </div>
      </dl>
    </header>
  );
}
