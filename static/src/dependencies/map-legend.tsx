/** What the colours and marks of the map mean. */
export function MapLegend({ nearCriticalDays }: { nearCriticalDays: number }) {
  return (
    <ul className="keel-legend" aria-label="Legend">
      <li><span className="keel-legend__swatch keel-legend__swatch--critical" aria-hidden="true" />Critical path</li>
      <li><span className="keel-legend__swatch keel-legend__swatch--near" aria-hidden="true" />{`Near-critical (slack ≤ ${nearCriticalDays}d)`}</li>
      <li><span className="keel-legend__swatch keel-legend__swatch--external" aria-hidden="true" />Outside the scope</li>
      <li><span className="keel-legend__swatch keel-legend__swatch--done" aria-hidden="true" />Done</li>
      <li><span className="keel-legend__swatch keel-legend__swatch--cycle" aria-hidden="true" />Link in a cycle</li>
      <li><span className="keel-legend__swatch keel-legend__swatch--cut" aria-hidden="true" />Cut: left out of the schedule</li>
    </ul>
  );
}
