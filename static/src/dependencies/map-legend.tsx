/** What the colours and marks of the map mean: on the page, and drawn into exported files. */
export interface LegendItem {
  modifier: string;
  label: string;
  /** How an export draws the swatch: the swatch's design tokens (dependencies.css), resolved when the file is made. */
  fill: string;
  stroke: string;
  dashed: boolean;
}

const SURFACE = 'var(--ds-surface, #ffffff)';
const CYCLE = 'var(--ds-border-discovery, #8270db)';

export function mapLegendItems(nearCriticalDays: number): LegendItem[] {
  return [
    { modifier: 'critical', label: 'Critical path', fill: 'var(--ds-background-danger, #ffeceb)', stroke: 'var(--ds-border-danger, #e2483d)', dashed: false },
    { modifier: 'near', label: `Near-critical (slack ≤ ${nearCriticalDays}d)`, fill: 'var(--ds-background-warning, #fff7d6)', stroke: 'var(--ds-border-warning, #e56910)', dashed: false },
    { modifier: 'external', label: 'Outside the scope', fill: SURFACE, stroke: 'var(--ds-text-subtle, #44546f)', dashed: true },
    { modifier: 'done', label: 'Done', fill: 'var(--ds-background-disabled, #f1f2f4)', stroke: 'var(--ds-background-neutral, #dcdfe4)', dashed: false },
    { modifier: 'cycle', label: 'Link in a cycle', fill: SURFACE, stroke: CYCLE, dashed: false },
    { modifier: 'cut', label: 'Cut: left out of the schedule', fill: SURFACE, stroke: CYCLE, dashed: true },
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
