/** What the colours and marks of the map mean: on the page, and drawn into exported files. */
export interface LegendItem {
  modifier: string;
  label: string;
  /** How an export draws the swatch. */
  fill: string;
  stroke: string;
  dashed: boolean;
}

export function mapLegendItems(nearCriticalDays: number): LegendItem[] {
  return [
    { modifier: 'critical', label: 'Critical path', fill: '#ffeceb', stroke: '#c9372c', dashed: false },
    { modifier: 'near', label: `Near-critical (slack ≤ ${nearCriticalDays}d)`, fill: '#fff3eb', stroke: '#e56910', dashed: false },
    { modifier: 'external', label: 'Outside the scope', fill: '#ffffff', stroke: '#8590a2', dashed: true },
    { modifier: 'done', label: 'Done', fill: '#f1f2f4', stroke: '#c1c7d0', dashed: false },
    { modifier: 'cycle', label: 'Link in a cycle', fill: '#ffffff', stroke: '#b38600', dashed: false },
    { modifier: 'cut', label: 'Cut: left out of the schedule', fill: '#ffffff', stroke: '#8590a2', dashed: true },
  ];
}

export function MapLegend({ nearCriticalDays }: { nearCriticalDays: number }) {
  return (
    <ul className="keel-legend" aria-label="Legend">
      {mapLegendItems(nearCriticalDays).map((item) => (
        <li key={item.modifier}>
          <span className={`keel-legend__swatch keel-legend__swatch--${item.modifier}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
