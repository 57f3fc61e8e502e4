export type MapMode = 'time' | 'order';

interface MapOptionsProps {
  mode: MapMode;
  onMode: (mode: MapMode) => void;
  grouped: boolean;
  onGrouped: (grouped: boolean) => void;
  collapsed: boolean;
  onCollapsed: (collapsed: boolean) => void;
}

/** How the map is laid out: by time or by dependency order; grouped by epic; collapsed to epics. */
export function MapOptions({ mode, onMode, grouped, onGrouped, collapsed, onCollapsed }: MapOptionsProps) {
  return (
    <div className="keel-options">
      <div role="radiogroup" aria-label="Left to right" className="keel-segmented">
        <span className="keel-options__label" aria-hidden="true">Left to right:</span>
        {(['time', 'order'] as const).map((value) => (
          <label key={value} className="keel-check">
            <input type="radio" name="keel-map-mode" value={value} checked={mode === value} onChange={() => onMode(value)} />
            {value === 'time' ? 'Time (early start)' : 'Dependency order'}
          </label>
        ))}
      </div>
      <label className="keel-check">
        <input type="checkbox" checked={grouped} disabled={collapsed} onChange={(e) => onGrouped(e.target.checked)} />
        Group by epic
      </label>
      <label className="keel-check">
        <input type="checkbox" checked={collapsed} onChange={(e) => onCollapsed(e.target.checked)} />
        Collapse to epics
      </label>
    </div>
  );
}
