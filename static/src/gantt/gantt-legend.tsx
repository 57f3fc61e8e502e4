/** What the Gantt's colours and marks mean. */
export function GanttLegend({ nearCriticalDays, baseline, flags }: { nearCriticalDays: number; baseline: boolean; flags: boolean }) {
  return (
    <ul className="keel-legend" aria-label="Gantt legend" data-testid="gantt-legend">
      <li><span className="keel-legend__swatch keel-legend__swatch--critical" aria-hidden="true" />Critical path</li>
      <li><span className="keel-legend__swatch keel-legend__swatch--near" aria-hidden="true" />{`Near-critical (slack ≤ ${nearCriticalDays}d)`}</li>
      <li><span className="keel-legend__swatch keel-gantt-legend--normal" aria-hidden="true" />Other work (darker part: done)</li>
      <li><span className="keel-legend__swatch keel-gantt-legend--done" aria-hidden="true" />Done, at its actual dates</li>
      <li><span className="keel-legend__swatch keel-legend__swatch--external" aria-hidden="true" />Outside the scope</li>
      <li><span className="keel-gantt-legend__diamond" aria-hidden="true" />Milestone</li>
      <li><span className="keel-gantt-legend__slack" aria-hidden="true" />Slack</li>
      <li><span className="keel-gantt-legend__weekend" aria-hidden="true" />Weekend (from the Weeks scale) and holiday</li>
      <li><span className="keel-gantt-legend__today" aria-hidden="true" />Status date</li>
      {flags && <li><span className="keel-gantt-legend__flag" aria-hidden="true" />Target: launch date or milestone due date, with its variance in working days (red late, green met)</li>}
      {baseline && <li><span className="keel-gantt-legend__baseline" aria-hidden="true" />Baseline</li>}
    </ul>
  );
}
